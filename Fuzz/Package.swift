// swift-tools-version:5.4
import PackageDescription

// libFuzzer targets for Gazette. Build and run them with `Fuzz/run`; the sanitizer flags are
// passed on the command line so that the Gazette library itself is instrumented too.
//
// The tools version stays below 5.5 on purpose: from 5.5 on, the package manager links an
// executable's `main` to a renamed entry point `<module>_main`. These targets have no entry
// point of their own (libFuzzer brings `main` and calls `LLVMFuzzerTestOneInput`), so that
// link would fail with an undefined `<module>_main`.
let package = Package(
    name: "GazetteFuzz",
    dependencies: [
        .package(name: "Gazette", path: ".."),
    ],
    targets: [
        .executableTarget(name: "fuzz-pipeline-text", dependencies: [.product(name: "Gazette", package: "Gazette")]),
        .executableTarget(name: "fuzz-pipeline-html", dependencies: [.product(name: "Gazette", package: "Gazette")]),
        .executableTarget(name: "fuzz-pipeline-markdown", dependencies: [.product(name: "Gazette", package: "Gazette")]),
        .executableTarget(name: "fuzz-figures", dependencies: [.product(name: "Gazette", package: "Gazette")]),
        .executableTarget(name: "fuzz-json", dependencies: [.product(name: "Gazette", package: "Gazette")]),
    ]
)
