#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// libFuzzer's entry point for programs that have their own `main` (compiler-rt `FuzzerDriver.cpp`).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Runs libFuzzer from an executable's `main.swift`.
///
/// SwiftPM links executables with their own `main` (it renames the module's entry point and points `main` at it),
/// so a target cannot leave `main` to libFuzzer's runtime as a plain `swiftc -sanitize=fuzzer` build does. Each
/// target's `main.swift` instead calls ``run(_:)`` with its `LLVMFuzzerTestOneInput` function, which hands the
/// command line to libFuzzer: every libFuzzer flag (`-max_total_time`, `-runs`, corpus folders, crash files) works.
public enum FuzzDriver {
    /// Hands control to libFuzzer and exits with its status.
    /// - Parameter testOneInput: The target: called once per input; returns 0.
    /// - Returns: Never; the process exits with libFuzzer's status.
    public static func run(_ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, testOneInput))
    }
}
