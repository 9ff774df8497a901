// swift-tools-version:6.2
import PackageDescription

// Gazette builds and is tested on Linux only (it calls Glibc); no Apple platform is claimed.
//
// Products:
// - `Gazette`: the pipeline and the record model. It needs libxml2 and libcrypto from the
//   system and no Swift package.
// - `GazetteLoad`: loading records into SQLite (GRDB) and, with the `Postgres` trait,
//   PostgreSQL (PostgresNIO).
// - `gazette`: the command-line tool.
//
// `swift build --disable-default-traits` builds the tool without PostgreSQL, and so without
// SwiftNIO.
/// CI builds Gazette's own targets with every warning as an error (`.ci/run` sets this);
/// packages it depends on are not affected.
let warningsAsErrors = Context.environment["GAZETTE_WARNINGS_AS_ERRORS"] == "1"
let strictness: [SwiftSetting] = warningsAsErrors ? [.treatAllWarnings(as: .error)] : []

let package = Package(
    name: "Gazette",
    products: [
        .library(name: "Gazette", targets: ["Gazette"]),
        .library(name: "GazetteLoad", targets: ["GazetteLoad"]),
        .executable(name: "gazette", targets: ["gazette"]),
    ],
    traits: [
        .trait(name: "Postgres", description: "Load records into PostgreSQL (brings PostgresNIO and SwiftNIO)."),
        .default(enabledTraits: ["Postgres"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // `swift package generate-documentation` (the DocC reference); builds nothing otherwise.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .target(
            name: "Gazette",
            dependencies: ["CLibXML2", "CLibCrypto"]
        ),
        .target(
            name: "GazetteLoad",
            dependencies: [
                "Gazette",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["Postgres"])),
            ]
        ),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "Gazette", "GazetteLoad",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "gazette-bench",
            dependencies: [
                "Gazette", "GazetteLoad",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share: running the built tool, temporary folders, the
        // outside tools some suites need.
        .target(
            name: "GazetteTestSupport",
            dependencies: ["Gazette", "GazetteLoad"],
            path: "Tests/Support"
        ),
        // The library's stages, one folder per source folder.
        .testTarget(
            name: "GazetteTests",
            dependencies: [
                "Gazette", "GazetteTestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "GazetteLoadTests",
            dependencies: ["GazetteLoad", "GazetteTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The command-line tool, run as a program; depending on it makes `swift test` build it.
        .testTarget(
            name: "GazetteCLITests",
            dependencies: [
                "gazette", "Gazette", "GazetteLoad", "GazetteTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        // Suites that need a tool from outside Swift (PostgreSQL, PySpark, Python's jsonschema):
        // skipped with a line saying what to install when it is missing, required in CI.
        .testTarget(
            name: "IntegrationTests",
            dependencies: [
                "gazette", "Gazette", "GazetteLoad", "GazetteTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio", condition: .when(traits: ["Postgres"])),
            ],
            exclude: ["spark_pipe.py"]
        ),
    ]
)

for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? []) + strictness
}
