// swift-tools-version: 6.2
// 6.2: a package whose targets use `unsafeFlags` (below: direct metadata accessors, libxml2's header path) can be a
// versioned dependency of other packages only from tools version 6.2 on (SwiftPM 6.2 lifted that check for
// manifests that declare it); the UTF-8 fast path (`UTF8Span`) needs a 6.2 compiler as well.
import PackageDescription

// Metadata of concrete generic types (`[Range<Int>]`'s storage, `Int?`, ...) is reached through direct accessor
// calls instead of the default mangled-name look-ups, which demangle the name at run time and scan every protocol
// conformance record of the binary (about 6,700) for each requirement such as `Int: Comparable`: 0.42 M of the
// 1.7 M instructions of a 1 KB diff and 1 M of a 100 KB one (docs/diff.md, round "lean start-up"). The code is a
// few tens of kilobytes larger.
let directMetadataAccess: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])
]

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
        // zlib's header is on the compiler's default path; no pkg-config, whose `-L/usr/lib/...` would come before
        // Linker/ on the executable's link line (see `crosscheck` below).
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // libxml2, loaded with dlopen on first use (Sources/CLibXML2/include/CLibXML2.h): the commands that read no
        // HTML do not load it, nor ICU, liblzma and libstdc++ that it links. Only this C file sees libxml2's headers.
        .target(
            name: "CLibXML2",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"], .when(platforms: [.linux]))],
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        // Intel's ISA-L inflater for gzip members, loaded with dlopen on first use (Sources/CIsal/include/CIsal.h):
        // compiled against libisal-dev's header when it is installed; without it, or without the library at run
        // time, gzip is inflated by zlib.
        .target(
            name: "CIsal",
            linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
        ),
        // glibc's malloc tuning (mallopt) and madvise, which the Glibc module does not export.
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "Crosscheck",
            dependencies: ["CZlib", "CLibXML2", "CIsal"],
            swiftSettings: directMetadataAccess
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
            ],
            swiftSettings: directMetadataAccess,
            // Start-up (docs/diff.md, rounds "start-up" and "lean start-up"): on Linux the executable exports no
            // symbols (the Swift runtime's `-export-dynamic` only made the dynamic loader and the backtracer walk 9
            // thousand of them), and Linker/ comes first on the library path, where `-lsqlite3` and `-lstdc++` name
            // linker scripts that link the static libraries instead: no libsqlite3 or libstdc++ to load and relocate
            // at each start. The shipped build (Scripts/build-static.sh) also links the Swift runtime statically;
            // with NO_PIE=1 it links the executable without position independence (`-Xlinker -no-pie`: faster start,
            // no address-space randomisation of the executable). That flag cannot be set here: with the shared Swift
            // runtime of a plain `swift build`, a non-PIE executable makes the dynamic loader warn about protected
            // functions of libswiftCore on every run.
            linkerSettings: [
                .unsafeFlags(
                    ["-Xlinker", "--no-export-dynamic", "-L", "\(Context.packageDirectory)/Linker"],
                    .when(platforms: [.linux])
                )
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
