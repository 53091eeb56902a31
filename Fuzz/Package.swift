// swift-tools-version: 6.1
// libFuzzer targets for Crosscheck's parsers, in their own package so the main package's build and tests stay lean.
// Build and run: Scripts/fuzz.sh [SECONDS] [TARGET...] (builds with -sanitize=fuzzer,address).
import PackageDescription

// A path dependency's identity is its directory name (the clone may be called anything), so derive it.
let rootIdentity = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "Crosscheck"

let targetNames = [
    "fuzz-gzip", "fuzz-articles", "fuzz-warc", "fuzz-html", "fuzz-document", "fuzz-quotes", "fuzz-claims",
    "fuzz-diff", "fuzz-align", "fuzz-check",
]

let package = Package(
    name: "CrosscheckFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: "..")
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [.product(name: "Crosscheck", package: rootIdentity)]
        )
    ]
        + targetNames.map { name in
            .executableTarget(
                name: name,
                dependencies: ["FuzzSupport", .product(name: "Crosscheck", package: rootIdentity)]
            )
        },
    swiftLanguageModes: [.v6]
)
