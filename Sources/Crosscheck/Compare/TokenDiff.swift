/// A longest-common-subsequence diff of two short token sequences (quotes, sentences), as runs of changes.
package enum TokenDiff {
    /// One change: tokens `old` of the first sequence replaced by tokens `new` of the second (either may be empty).
    struct Run: Hashable {
        /// Token range in the old sequence.
        var old: Range<Int>
        /// Token range in the new sequence.
        var new: Range<Int>
    }

    /// The changed runs between two token sequences.
    /// - Parameters:
    ///   - a: The old tokens.
    ///   - b: The new tokens.
    /// - Returns: The runs, in order; empty when the sequences are equal.
    /// - Complexity: O(n · m) time and space; meant for sequences of at most a few hundred tokens.
    static func runs(_ a: [String], _ b: [String]) -> [Run] {
        // The walk below matches equal tokens at (i, j) before anything else, so a common prefix is matched token
        // by token whatever the rest: the table is needed only after it (its entries depend only on the suffixes),
        // and equal sequences need none.
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        if prefix == a.count && prefix == b.count { return [] }
        let n = a.count
        let m = b.count
        // table[(i - prefix) * width + (j - prefix)]: the LCS length of a[i...] and b[j...].
        let width = m - prefix + 1
        var table = [Int](repeating: 0, count: (n - prefix + 1) * width)
        if n > prefix && m > prefix {
            for i in stride(from: n - 1, through: prefix, by: -1) {
                let row = (i - prefix) * width
                for j in stride(from: m - 1, through: prefix, by: -1) {
                    let column = j - prefix
                    table[row + column] =
                        a[i] == b[j]
                        ? table[row + width + column + 1] + 1
                        : max(table[row + width + column], table[row + column + 1])
                }
            }
        }
        func at(_ i: Int, _ j: Int) -> Int { table[(i - prefix) * width + (j - prefix)] }
        var runs: [Run] = []
        var i = prefix
        var j = prefix
        var current: Run?
        func close() {
            if let run = current { runs.append(run) }
            current = nil
        }
        while i < n || j < m {
            if i < n && j < m && a[i] == b[j] {
                close()
                i += 1
                j += 1
            } else if j < m && (i == n || at(i, j + 1) >= at(i + 1, j)) {
                var run = current ?? Run(old: i ..< i, new: j ..< j)
                run.new = run.new.lowerBound ..< j + 1
                current = run
                j += 1
            } else {
                var run = current ?? Run(old: i ..< i, new: j ..< j)
                run.old = run.old.lowerBound ..< i + 1
                current = run
                i += 1
            }
        }
        close()
        return runs
    }

    /// The word diff as pieces for ``DiscrepancyDetails/changes``.
    /// - Parameters:
    ///   - a: The old tokens.
    ///   - b: The new tokens.
    ///   - runs: Their runs from ``runs(_:_:)``.
    /// - Returns: Equal, deleted and inserted pieces with tokens joined by spaces.
    static func changes(_ a: [String], _ b: [String], runs: [Run]) -> [WordChange] {
        var pieces: [WordChange] = []
        func add(_ op: WordChange.Operation, _ tokens: ArraySlice<String>) {
            guard !tokens.isEmpty else { return }
            pieces.append(WordChange(op: op, text: joined(tokens)))
        }
        var i = 0
        for run in runs {
            add(.equal, a[i ..< run.old.lowerBound])
            add(.delete, a[run.old])
            add(.insert, b[run.new])
            i = run.old.upperBound
        }
        add(.equal, a[i...])
        return pieces
    }

    /// Joins tokens into readable text: no space before closing punctuation or after opening brackets.
    /// - Parameter tokens: The tokens.
    /// - Returns: The text.
    package static func joined(_ tokens: some Collection<String>) -> String {
        var text = ""
        for token in tokens {
            if !text.isEmpty
                && !(QuoteText.isWord(token) == false && [",", ".", ";", ":", "!", "?", ")"].contains(token))
                && !text.hasSuffix("(")
            {
                text += " "
            }
            text += token
        }
        return text
    }
}
