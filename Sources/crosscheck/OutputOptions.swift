import ArgumentParser
import Crosscheck

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The options of every command that writes results: `--format` and `-o PATH`.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format (default: from the -o extension, else text on a terminal, else json).")
    var format: OutputFormat?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Write to PATH atomically instead of standard output ('-' is standard output).",
            valueName: "PATH"))
    var output: String?

    /// The format to write: `--format`, else the `-o` extension, else `text` on a terminal and `fallback` otherwise.
    /// - Parameters:
    ///   - supported: The formats the command writes.
    ///   - fallback: The format when standard output is not a terminal and nothing else decides.
    /// - Returns: A supported format.
    /// - Throws: `ValidationError` if `--format` names an unsupported format.
    func resolvedFormat(supported: [OutputFormat], fallback: OutputFormat) throws -> OutputFormat {
        try Self.resolvedFormat(format: format, output: output, supported: supported, fallback: fallback)
    }

    /// ``resolvedFormat(supported:fallback:)`` for given option values (the `diff` fast path has no parsed options).
    static func resolvedFormat(
        format: OutputFormat?, output: String?, supported: [OutputFormat], fallback: OutputFormat
    )
        throws -> OutputFormat
    {
        if let format {
            guard supported.contains(format) else {
                let names = supported.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--format \(format) is not supported by this command (use one of: \(names))")
            }
            return format
        }
        if let output, output != "-", let fromPath = OutputFormat.fromPath(output), supported.contains(fromPath) {
            return fromPath
        }
        if (output == nil || output == "-") && isatty(STDOUT_FILENO) == 1 && supported.contains(.text) {
            return .text
        }
        return fallback
    }
}

extension OutputFormat: ExpressibleByArgument {}
