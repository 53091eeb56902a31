import CrosscheckTestSupport
import Testing

extension CLIRunner {
    /// Checks an input error: exit 2 and exactly one line `crosscheck: …` on standard error containing `fragment`.
    static func expectInputError(
        _ result: Result, containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 2, sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("crosscheck: "), sourceLocation: sourceLocation)
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }
}
