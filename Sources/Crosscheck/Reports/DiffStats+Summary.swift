extension DiffStats {
    /// One line that sums up the statistics for a reader, as the text, Markdown and HTML renderers print it:
    /// `"12 words added, 9 removed (3 changed), 56 moved; 2 insertions, 1 deletion, 3 replacements, 1 move"`, or
    /// `"no changes"` (plus the count of whitespace-only edits, when there are any).
    public var summary: String {
        var parts: [String] = []
        if insertions + deletions + replacements + moves > 0 {
            var words = "\(Self.count(wordsAdded, "word")) added, \(wordsRemoved) removed"
            if wordsChanged > 0 { words += " (\(wordsChanged) changed)" }
            if wordsMoved > 0 { words += ", \(wordsMoved) moved" }
            var edits: [String] = []
            if insertions > 0 { edits.append(Self.count(insertions, "insertion")) }
            if deletions > 0 { edits.append(Self.count(deletions, "deletion")) }
            if replacements > 0 { edits.append(Self.count(replacements, "replacement")) }
            if moves > 0 { edits.append(Self.count(moves, "move")) }
            parts.append(words + "; " + edits.joined(separator: ", "))
        } else {
            parts.append("no changes")
        }
        if cosmeticEdits > 0 { parts.append(Self.count(cosmeticEdits, "whitespace-only edit")) }
        return parts.joined(separator: "; ")
    }

    /// `"1 word"`, `"2 words"`.
    static func count(_ value: Int, _ noun: String) -> String {
        value == 1 ? "1 \(noun)" : "\(value) \(noun)s"
    }
}
