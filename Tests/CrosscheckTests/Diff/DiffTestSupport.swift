import Crosscheck
import CrosscheckTestSupport
import Foundation

/// The seed of a property test: `CROSSCHECK_SEED` when set, otherwise a fixed default. Printed so a failure can be
/// replayed.
func propertySeed(_ name: String, default value: UInt64) -> UInt64 {
    let seed = SplitMix64.testSeed(default: value)
    print("[\(name)] seed \(seed) (set CROSSCHECK_SEED to replay)")
    return seed
}

/// Length of a longest common subsequence by dynamic programming (the brute-force optimum).
func lcsLength(_ a: [Int32], _ b: [Int32]) -> Int {
    var row = [Int](repeating: 0, count: b.count + 1)
    for x in a {
        var diagonal = 0
        for j in 1 ... max(b.count, 1) where j <= b.count {
            let above = row[j]
            row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
            diagonal = above
        }
    }
    return row[b.count]
}

/// Describes why `ops` is not a valid edit script from `a` to `b`, or returns `nil` when it is.
func scriptProblem(_ ops: [DiffOp], _ a: [Int32], _ b: [Int32]) -> String? {
    var i = 0
    var j = 0
    for (index, op) in ops.enumerated() {
        guard op.a.lowerBound == i, op.b.lowerBound == j else { return "op \(index) does not start at (\(i), \(j))" }
        switch op.kind {
        case .equal:
            guard op.a.count == op.b.count else { return "equal op \(index) has unequal lengths" }
            guard Array(a[op.a]) == Array(b[op.b]) else { return "equal op \(index) covers different elements" }
        case .delete:
            guard op.b.isEmpty else { return "delete op \(index) covers new elements" }
        case .insert:
            guard op.a.isEmpty else { return "insert op \(index) covers old elements" }
        }
        i = op.a.upperBound
        j = op.b.upperBound
    }
    guard i == a.count, j == b.count else { return "ops end at (\(i), \(j)), not (\(a.count), \(b.count))" }
    return nil
}

/// A tiny test-only tokenizer: runs of letters and digits are word tokens, every other non-whitespace scalar is a
/// punctuation token, whitespace separates tokens. Ids come from `interner`, shared by both texts of a diff.
struct TestSplitter {
    private(set) var interner: [String: Int32] = [:]

    mutating func units(_ text: SourceText) -> (tokens: [Token], ids: [Int32]) {
        var tokens: [Token] = []
        var ids: [Int32] = []
        var offset = 0
        var wordStart: Int? = nil
        func closeWord(at end: Int) {
            guard let start = wordStart else { return }
            tokens.append(Token(start: start, end: end, kind: .word))
            wordStart = nil
        }
        for scalar in text.string.unicodeScalars {
            let width = UTF8.width(scalar)
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.isGraphemeExtend
                || scalar == "\u{200D}"
            {
                if wordStart == nil { wordStart = offset }
            } else {
                closeWord(at: offset)
                if !properties.isWhitespace {
                    tokens.append(Token(start: offset, end: offset + width, kind: .punctuation))
                }
            }
            offset += width
        }
        closeWord(at: offset)
        for token in tokens {
            let key = text.text(token.bytes)
            let next = Int32(interner.count)
            let id = interner[key, default: next]
            if id == next { interner[key] = next }
            ids.append(id)
        }
        return (tokens, ids)
    }

    /// Word diff of two strings with this splitter.
    static func wordDiff(_ old: String, _ new: String, options: TextDiffOptions = TextDiffOptions()) -> TextDiffResult?
    {
        var splitter = TestSplitter()
        let oldText = SourceText(old)
        let newText = SourceText(new)
        let a = splitter.units(oldText)
        let b = splitter.units(newText)
        return try? TextDiff.words(
            old: oldText, oldTokens: a.tokens, oldIds: a.ids, new: newText, newTokens: b.tokens, newIds: b.ids,
            options: options)
    }
}

/// Describes why the contract edits do not reconstruct both texts exactly, or returns `nil`.
func reconstructionProblem(_ edits: [Edit], old: String, new: String) -> String? {
    var oldText = ""
    var newText = ""
    var oldOffset = 0
    var newOffset = 0
    for (index, edit) in edits.enumerated() {
        switch edit.op {
        case .equal:
            guard let o = edit.old, let n = edit.new else { return "equal edit \(index) lacks a span" }
            guard o.text == n.text else {
                return "equal edit \(index) has different texts \(o.text.debugDescription) / \(n.text.debugDescription)"
            }
        case .insert:
            guard edit.old == nil, edit.new != nil else { return "insert edit \(index) has wrong spans" }
        case .delete:
            guard edit.old != nil, edit.new == nil else { return "delete edit \(index) has wrong spans" }
        case .replace:
            guard edit.old != nil, edit.new != nil else { return "replace edit \(index) lacks a span" }
        }
        if let o = edit.old {
            guard o.start == oldOffset else {
                return "edit \(index) old span starts at \(o.start), expected \(oldOffset)"
            }
            guard o.end - o.start == o.text.unicodeScalars.count else {
                return "edit \(index) old span length mismatch"
            }
            oldOffset = o.end
            oldText += o.text
        }
        if let n = edit.new {
            guard n.start == newOffset else {
                return "edit \(index) new span starts at \(n.start), expected \(newOffset)"
            }
            guard n.end - n.start == n.text.unicodeScalars.count else {
                return "edit \(index) new span length mismatch"
            }
            newOffset = n.end
            newText += n.text
        }
        if !edit.inner.isEmpty && edit.move == nil {
            let innerOld = edit.inner.compactMap(\.old).map(\.text).joined()
            let innerNew = edit.inner.compactMap(\.new).map(\.text).joined()
            guard innerOld == edit.old?.text ?? "", innerNew == edit.new?.text ?? "" else {
                return "inner edits of edit \(index) do not cover it"
            }
        }
    }
    guard Array(oldText.unicodeScalars) == Array(old.unicodeScalars) else { return "old text not reconstructed" }
    guard Array(newText.unicodeScalars) == Array(new.unicodeScalars) else { return "new text not reconstructed" }
    return nil
}

/// Renders edits inline as `[-old-]{+new+}` for readable expectations (cosmetic edits show the new text).
func inline(_ edits: [Edit]) -> String {
    edits.map { edit in
        if edit.isCosmetic { return edit.new?.text ?? "" }
        switch edit.op {
        case .equal: return edit.old?.text ?? ""
        case .insert: return "{+\(edit.new?.text ?? "")+}" + (edit.move.map { "@\($0)" } ?? "")
        case .delete: return "[-\(edit.old?.text ?? "")-]" + (edit.move.map { "@\($0)" } ?? "")
        case .replace: return "[-\(edit.old?.text ?? "")-]{+\(edit.new?.text ?? "")+}"
        }
    }.joined()
}
