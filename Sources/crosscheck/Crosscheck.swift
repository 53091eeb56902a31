import ArgumentParser
import Crosscheck

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

@main
struct CrosscheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "crosscheck",
        abstract: "Compare news articles and check their facts.",
        discussion: """
            Exit status: 0 success, 1 discrepancies at or above --fail-on, 2 input error (one line on standard \
            error naming the file, and the line or byte where known), 3 internal error, 64 usage error.
            """,
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self, SegmentCommand.self, DiffCommand.self, AlignCommand.self, QuotesCommand.self,
            CheckCommand.self, ReportCommand.self, CorpusCommand.self, LedgerCommand.self,
            ClaimsCommand.self, DmpVectorCommand.self,
        ]
    )

    /// Runs the command line. A plain `crosscheck diff OLD NEW [options]` line takes a direct path without the
    /// argument parser (``DiffCommand/Settings/init(fastParsing:)``); everything else is parsed as usual.
    ///
    /// For tests only (not in `--help`), the environment variable `CROSSCHECK_DIFF_FAST_PATH` changes this: `off`
    /// parses every line with ArgumentParser, `require` fails with status 3 on a line the fast path does not take.
    /// The CLI tests run each line both ways and require identical output and exit status.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let mode = getenv("CROSSCHECK_DIFF_FAST_PATH").map { String(cString: $0) }
        if mode != "off", let settings = DiffCommand.Settings(fastParsing: arguments) {
            do {
                try DiffCommand.execute(settings)
            } catch {
                exit(withError: error)
            }
            return
        }
        if mode == "require" {
            CommandFailure.report("CROSSCHECK_DIFF_FAST_PATH=require: the fast path does not take this command line")
            exit(withError: ExitCode(3))
        }
        main(nil)
    }
}
