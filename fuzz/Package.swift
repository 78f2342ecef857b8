// swift-tools-version: 6.0
import PackageDescription

// Coverage-guided fuzz targets (libFuzzer) for the envelope decoder and the key decoder. Not part of `swift test`:
// build and run them with fuzz/run.sh, which passes -sanitize=fuzzer.
let package = Package(
    name: "sipline-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "sipline", path: "..")],
    targets: [
        // libFuzzer's driver entry: SwiftPM gives executables a main of their own, so each target calls the driver.
        .systemLibrary(name: "CLibFuzzer", path: "Sources/CLibFuzzer"),
        .executableTarget(name: "EnvelopeFuzzer",
                          dependencies: ["CLibFuzzer", .product(name: "Bitrix24REST", package: "sipline")]),
        .executableTarget(name: "KeyDecoderFuzzer",
                          dependencies: ["CLibFuzzer", .product(name: "TerminalUI", package: "sipline")]),
    ]
)
