// swift-tools-version: 6.0
import PackageDescription

// Coverage-guided fuzz targets (libFuzzer) for the envelope decoder and the key decoder. Not part of `swift test`:
// build and run them with fuzz/run.sh, which passes -sanitize=fuzzer.
let package = Package(
    name: "sipline-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "sipline", path: "..")],
    targets: [
        .executableTarget(name: "EnvelopeFuzzer", dependencies: [.product(name: "Bitrix24REST", package: "sipline")]),
        .executableTarget(name: "KeyDecoderFuzzer", dependencies: [.product(name: "TerminalUI", package: "sipline")]),
    ]
)
