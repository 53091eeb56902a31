/// A diff laid out as one inline stream of pieces — unchanged, deleted and inserted text — which the text, Markdown
/// and HTML renderers print with their own markers.
///
/// How edits become pieces:
/// - `equal` → unchanged text;
/// - a cosmetic edit (whitespace folded) → its new text, unchanged;
/// - `delete` → deleted old text (with its move id when it is the old half of a moved passage);
/// - `insert` → inserted new text (with its move id, and for a moved-and-edited passage the word edits between the
///   two versions as ``Piece/inner``);
/// - `replace` with character edits in ``Edit/inner`` → those, inline, each widened to whole runs of letters and
///   digits so that a changed part of a word reads as a whole ("[-two-]{+three+}-month", "[-colour-]{+color+}")
///   while a changed quote or apostrophe inside a word stays exact ("Turkey[-’-]{+'+}s"); otherwise the deleted old
///   text followed by the inserted new text.
struct InlineDiff {
    /// What a piece shows.
    enum Kind: Equatable {
        /// Text in both versions.
        case same
        /// Text only in the old version.
        case deleted
        /// Text only in the new version.
        case inserted
    }

    /// One run of text with its kind.
    struct Piece {
        /// What the text is.
        var kind: Kind
        /// The UTF-8 bytes of the text (from the old text for deletions, the new text otherwise).
        var text: ArraySlice<UInt8>
        /// The move id, for the halves of a moved passage.
        var move: Int?
        /// For the inserted half of a moved-and-edited passage: its word edits against the deleted half.
        var inner: [Piece]
    }

    /// The pieces, in document order.
    let pieces: [Piece]

    /// Lays out a diff.
    /// - Parameter diff: The text diff.
    /// - Complexity: O(e) pieces for e edits (texts are slices, not copies).
    init(_ diff: TextDiffResult) {
        pieces = Self.pieces(diff.textEdits, old: diff.old.utf8, new: diff.new.utf8, keepMoveInner: true)
    }

    private static func pieces(_ edits: [TextEdit], old: [UInt8], new: [UInt8], keepMoveInner: Bool) -> [Piece] {
        var result: [Piece] = []
        result.reserveCapacity(edits.count)
        func add(_ kind: Kind, _ text: ArraySlice<UInt8>, move: Int? = nil, inner: [Piece] = []) {
            guard !text.isEmpty else { return }
            result.append(Piece(kind: kind, text: text, move: move, inner: inner))
        }
        for edit in edits {
            if edit.isCosmetic {
                add(.same, new[edit.new])
                continue
            }
            switch edit.op {
            case .equal:
                add(.same, new[edit.new])
            case .delete:
                add(.deleted, old[edit.old], move: edit.move)
            case .insert:
                let inner =
                    keepMoveInner && edit.move != nil && !edit.inner.isEmpty
                    ? pieces(edit.inner, old: old, new: new, keepMoveInner: false) : []
                add(.inserted, new[edit.new], move: edit.move, inner: inner)
            case .replace:
                if edit.inner.isEmpty {
                    add(.deleted, old[edit.old])
                    add(.inserted, new[edit.new])
                } else {
                    result += pieces(widened(edit.inner, old: old, new: new), old: old, new: new, keepMoveInner: false)
                }
            }
        }
        return result
    }

    /// Character edits of a replaced word with every change widened to the whole runs of letters and digits it
    /// touches (taken from the equal text around it, which is the same on both sides); changes that meet merge.
    static func widened(_ edits: [TextEdit], old: [UInt8], new: [UInt8]) -> [TextEdit] {
        var result: [TextEdit] = []
        for edit in edits {
            if edit.op == .equal {
                var equal = edit
                // Widen the change before it to the right.
                if let last = result.last, last.op != .equal, endsInWord(last, old: old, new: new) {
                    let k = leadingWordBytes(old, equal.old)
                    result[result.count - 1].old = last.old.lowerBound ..< last.old.upperBound + k
                    result[result.count - 1].new = last.new.lowerBound ..< last.new.upperBound + k
                    equal.old = equal.old.lowerBound + k ..< equal.old.upperBound
                    equal.new = equal.new.lowerBound + k ..< equal.new.upperBound
                }
                if !equal.old.isEmpty { result.append(equal) }
                continue
            }
            var change = edit
            // Widen to the left.
            if let last = result.last, last.op == .equal, startsInWord(change, old: old, new: new) {
                let k = trailingWordBytes(old, last.old)
                change.old = change.old.lowerBound - k ..< change.old.upperBound
                change.new = change.new.lowerBound - k ..< change.new.upperBound
                result[result.count - 1].old = last.old.lowerBound ..< last.old.upperBound - k
                result[result.count - 1].new = last.new.lowerBound ..< last.new.upperBound - k
                if result[result.count - 1].old.isEmpty { result.removeLast() }
            }
            if let last = result.last, last.op != .equal {
                change.old = last.old.lowerBound ..< change.old.upperBound
                change.new = last.new.lowerBound ..< change.new.upperBound
                result.removeLast()
            }
            change.op = change.old.isEmpty ? .insert : change.new.isEmpty ? .delete : .replace
            result.append(change)
        }
        return result
    }

    private static func startsInWord(_ edit: TextEdit, old: [UInt8], new: [UInt8]) -> Bool {
        (!edit.old.isEmpty && isWordScalar(old, at: edit.old.lowerBound))
            || (!edit.new.isEmpty && isWordScalar(new, at: edit.new.lowerBound))
    }

    private static func endsInWord(_ edit: TextEdit, old: [UInt8], new: [UInt8]) -> Bool {
        (!edit.old.isEmpty && isWordScalar(old, at: scalarStart(old, before: edit.old.upperBound)))
            || (!edit.new.isEmpty && isWordScalar(new, at: scalarStart(new, before: edit.new.upperBound)))
    }

    /// Bytes of letters and digits at the start of a range.
    private static func leadingWordBytes(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var i = range.lowerBound
        while i < range.upperBound && isWordScalar(bytes, at: i) { i += TextScan.decode(bytes, at: i).1 }
        return min(i, range.upperBound) - range.lowerBound
    }

    /// Bytes of letters and digits at the end of a range.
    private static func trailingWordBytes(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var i = range.upperBound
        while i > range.lowerBound {
            let start = scalarStart(bytes, before: i)
            guard start >= range.lowerBound, isWordScalar(bytes, at: start) else { break }
            i = start
        }
        return range.upperBound - i
    }

    private static func isWordScalar(_ bytes: [UInt8], at i: Int) -> Bool {
        i < bytes.count && ScalarBoundaryScorer.isAlphaNumeric(TextScan.decode(bytes, at: i).0)
    }

    /// The start of the scalar that ends at byte `end`.
    private static func scalarStart(_ bytes: [UInt8], before end: Int) -> Int {
        var i = end - 1
        while i > 0 && TextScan.isContinuation(bytes[i]) { i -= 1 }
        return max(i, 0)
    }
}
