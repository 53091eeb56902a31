// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Crosscheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Crosscheck", targets: ["Crosscheck"]),
        .library(name: "CrosscheckLedger", targets: ["CrosscheckLedger"]),
        .executable(name: "crosscheck", targets: ["crosscheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // glibc's malloc tuning (mallopt) and madvise, which the Glibc module does not export.
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "Crosscheck",
            dependencies: ["CZlib", "CLibXML2"]
        ),
        // The quote ledger is its own library so that GRDB and SQLite stay out of the `Crosscheck` library (and of the
        // Fuzz and Benchmarks packages that link it); GRDB links the system libsqlite3 (libsqlite3-dev, FTS5 built in).
        .target(
            name: "CrosscheckLedger",
            dependencies: ["Crosscheck", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .executableTarget(
            name: "crosscheck",
            dependencies: [
                "Crosscheck",
                "CrosscheckLedger",
                "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "CrosscheckTestSupport",
            dependencies: ["Crosscheck", "CZlib"],
            path: "Tests/CrosscheckTestSupport"
        ),
        .testTarget(
            name: "CrosscheckTests",
            dependencies: ["Crosscheck", "CrosscheckTestSupport"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "CrosscheckLedgerTests",
            dependencies: [
                "Crosscheck", "CrosscheckLedger", "CrosscheckTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
