// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Crosscheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Crosscheck", targets: ["Crosscheck"]),
        .executable(name: "crosscheck", targets: ["crosscheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2")
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
        .target(
            name: "Crosscheck",
            dependencies: ["CZlib", "CLibXML2"]
        ),
        .executableTarget(
            name: "crosscheck",
            dependencies: [
                "Crosscheck",
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
    ],
    swiftLanguageModes: [.v6]
)
