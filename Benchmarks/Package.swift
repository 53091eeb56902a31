// swift-tools-version: 6.1
// Benchmarks live in their own package so the main package's build and tests stay lean.
// Build: swift build -c release --package-path Benchmarks
// Micro-benchmarks (ordo-one/benchmark): cd Benchmarks && swift package --disable-sandbox benchmark
import PackageDescription

// A path dependency's identity is its directory name (the clone may be called anything), so derive it.
let rootIdentity = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "Crosscheck"

let package = Package(
    name: "CrosscheckBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "crosscheck-bench",
            dependencies: [.product(name: "Crosscheck", package: rootIdentity)]
        ),
        .executableTarget(
            name: "DiffBenchmarks",
            dependencies: [
                .product(name: "Crosscheck", package: rootIdentity),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/DiffBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
