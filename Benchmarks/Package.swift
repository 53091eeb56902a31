// swift-tools-version: 6.1
// Benchmarks live in their own package so the main package's build and tests stay lean.
// Build: swift build -c release --package-path Benchmarks
import PackageDescription

// A path dependency's identity is its directory name (the clone may be called anything), so derive it.
let rootIdentity = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "Crosscheck"

let package = Package(
    name: "CrosscheckBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "..")
    ],
    targets: [
        .executableTarget(
            name: "crosscheck-bench",
            dependencies: [.product(name: "Crosscheck", package: rootIdentity)]
        )
    ],
    swiftLanguageModes: [.v6]
)
