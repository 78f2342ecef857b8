// swift-tools-version: 6.0
import PackageDescription

// Products several targets depend on, each named once.
let logging: Target.Dependency = .product(name: "Logging", package: "swift-log")
let nioCore: Target.Dependency = .product(name: "NIOCore", package: "swift-nio")
let nioPosix: Target.Dependency = .product(name: "NIOPosix", package: "swift-nio")
let asyncHTTPClient: Target.Dependency = .product(name: "AsyncHTTPClient", package: "async-http-client")
let nioSSL: Target.Dependency = .product(name: "NIOSSL", package: "swift-nio-ssl")
let nioConcurrencyHelpers: Target.Dependency = .product(name: "NIOConcurrencyHelpers", package: "swift-nio")

// Layers (architecture.md): sipline (executable) → TerminalUI → WizardCore → SIPLineService → Bitrix24REST;
// SandboxPortal speaks the same REST contract on its own and never imports the client's rules.
let package = Package(
    name: "sipline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sipline", targets: ["sipline"]),
        // For the fuzz package under fuzz/ (depends on this one by path); the product is the executable above.
        .library(name: "Bitrix24REST", targets: ["Bitrix24REST"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/swift-server/async-http-client", exact: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", exact: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", exact: "1.16.2"),
        // Named for the sandbox's server (HummingbirdCore's request and response types); the version the packages
        // above resolve to.
        .package(url: "https://github.com/apple/swift-http-types", exact: "1.8.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
        // Tests only: property-based checks of everything that reads hostile input.
        .package(url: "https://github.com/x-sheep/swift-property-based", exact: "2.0.1"),
        // Already in the tree under async-http-client; named here because ServerCheck sends SIP OPTIONS with its
        // datagram and stream bootstraps.
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        // Already in the tree under async-http-client; named because the client maps its TLS errors to words.
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
    ],
    targets: [
        // The bottom: the word catalogue and the text-safety policy, imported by every layer that shows text.
        .target(name: "Words"),
        .target(name: "TextSafety"),
        // The C library and Foundation's essentials in one import, for the layers that touch the system.
        .target(name: "Platform"),
        .target(name: "BitrixJSON"),
        .target(
            name: "Bitrix24REST",
            dependencies: [
                "BitrixJSON", "TextSafety", "Words", "Platform",
                asyncHTTPClient, logging, nioCore, nioPosix, nioConcurrencyHelpers, nioSSL,
            ]
        ),
        .target(
            name: "SIPLineService",
            dependencies: ["Bitrix24REST", "BitrixJSON", "Words", "TextSafety", logging]
        ),
        // libresolv (res_nquery and its answer parser) for the server check's RFC 3263 lookups.
        .systemLibrary(name: "CResolv", path: "Sources/CResolv"),
        // The server check: RFC 3263 resolution and a SIP OPTIONS probe, run from this machine.
        .target(
            name: "ServerCheck",
            dependencies: ["SIPLineService", "CResolv", "Platform", nioCore, nioPosix]
        ),
        .target(
            name: "SandboxPortal",
            dependencies: [
                "BitrixJSON", "Platform",
                // HummingbirdCore, not Hummingbird: the latter's form coding links full Foundation and ICU.
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                nioCore, nioPosix, logging,
            ]
        ),
        .target(
            name: "PortalConfig",
            dependencies: ["Bitrix24REST", "TextSafety", "Words", "Platform", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        .target(name: "WizardCore", dependencies: ["SIPLineService", "Words", "TextSafety"]),
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        // The crash handler: async-signal-safe C, armed by TerminalUI while curses owns the terminal.
        .target(name: "CTerminalRescue"),
        .target(name: "TerminalUI", dependencies: ["WizardCore", "TextSafety", "Words", "CNcurses", "CTerminalRescue", "Platform"]),
        .executableTarget(
            name: "sipline",
            dependencies: [
                "Bitrix24REST", "SIPLineService", "ServerCheck", "SandboxPortal", "PortalConfig", "WizardCore", "TerminalUI", "Words",
                "TextSafety", "Platform", "BitrixJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"), logging,
            ],
            // What ships is built with `swift build -c release --static-swift-stdlib` (bench/run, dist/build.sh): the
            // Swift runtime linked in, no toolchain needed on a server. That is also what keeps full Foundation out:
            // TOMLKit imports Foundation for types FoundationEssentials defines (Date, Data, Calendar), so its objects
            // ask to link libFoundation, libFoundationInternationalization and ICU although nothing refers to them; a
            // dynamic link records them all as needed (and loads them at every start), a static one takes from the
            // archives only what is referred to, which is nothing. (The option must be given to `swift build`, not
            // set here: it changes how every module is compiled, against the static runtime's modules.)
            // --no-export-dynamic undoes the static runtime's -export-dynamic: at start-up the runtime's dladdr would
            // walk every exported symbol.
            linkerSettings: [.unsafeFlags(["-Xlinker", "--no-export-dynamic"], .when(configuration: .release))]
        ),
        // Drives the real binaries in tmux; shared by the test targets that do.
        .target(name: "TestSupport", dependencies: ["Bitrix24REST", "SandboxPortal", logging],
                path: "Tests/TestSupport", exclude: ["Scenarios"]),
        .testTarget(name: "Bitrix24RESTTests", dependencies: [
            "Bitrix24REST", "BitrixJSON", "SandboxPortal", "TestSupport",
            asyncHTTPClient, logging, nioCore, nioConcurrencyHelpers, nioSSL,
        ], resources: [.copy("Fixtures")]),
        .testTarget(name: "SIPLineServiceTests", dependencies: [
            "SIPLineService", "SandboxPortal", "Bitrix24REST", "BitrixJSON", "TestSupport", "Words", logging,
        ]),
        // Against real peers on loopback: dnsmasq (Debian's dnsmasq) and sipp (Debian's sip-tester).
        .testTarget(name: "ServerCheckTests", dependencies: [
            "ServerCheck", "SIPLineService", "TestSupport", nioCore, nioPosix,
        ]),
        .testTarget(name: "SandboxPortalTests", dependencies: [
            "SandboxPortal", "BitrixJSON", asyncHTTPClient, nioCore, .product(name: "NIOHTTP1", package: "swift-nio"),
        ]),
        // The catalogue: every key, every language (PhraseSamples.swift is written by Support/generate-samples.py).
        .testTarget(name: "WordsTests", dependencies: ["Words"], exclude: ["Support/generate-samples.py"]),
        .testTarget(name: "TextSafetyTests", dependencies: ["TextSafety"]),
        .testTarget(name: "WizardCoreTests", dependencies: ["WizardCore", "SIPLineService", "TextSafety", "Words"],
                    resources: [.copy("Golden")]),
        .executableTarget(name: "terminal-probe", dependencies: ["TerminalUI", "WizardCore", "Platform"]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "WizardCore", "TestSupport"]),
        .testTarget(name: "PortalConfigTests", dependencies: ["PortalConfig", "Bitrix24REST", "SandboxPortal"]),
        .testTarget(name: "EndToEndTests", dependencies: [
            "SandboxPortal", "SIPLineService", "Bitrix24REST", "BitrixJSON", "TestSupport",
        ]),
        // Arbitrary text and bytes against every reader of outside input, and the frames they end up in.
        .testTarget(name: "HostileInputTests", dependencies: [
            "Bitrix24REST", "BitrixJSON", "SIPLineService", "WizardCore", "TerminalUI", "PortalConfig", "TextSafety",
            "Words", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
    ]
)
