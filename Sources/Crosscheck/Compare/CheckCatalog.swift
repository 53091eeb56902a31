/// The checks ``Crosschecker`` runs, each describing itself with examples that must and must not trigger it
/// (`crosscheck check --list-checks`; a test runs every example).
public enum CheckCatalog {
    /// All checks, one per discrepancy kind.
    public static let all: [CheckDescription] = []

    /// The catalog as text.
    /// - Returns: Every check with its description and examples.
    public static func renderedText() -> String {
        var lines: [String] = []
        for check in all {
            lines.append("\(check.kind.rawValue) (\(check.severity))")
            lines.append("  \(check.description)")
            for example in check.examples {
                lines.append("  \(example.triggers ? "reports" : "ignores"): \(example.old)")
                lines.append("       vs: \(example.new)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
