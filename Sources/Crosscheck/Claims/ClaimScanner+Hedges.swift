/// Hedges and certainty markers: allegation, report, possibility, denial and negation cues.
extension ClaimScanner {
    /// Reads the hedges of the current sentence.
    mutating func scanHedges() {
        var t = sentence.lowerBound
        while t < sentence.upperBound {
            let token = tokens[t]
            guard token.kind == .word else {
                t += 1
                continue
            }
            if let m = phrase(at: t, { if case .hedge = $0 { true } else { false } }), case .hedge(let cls) = m.meaning
            {
                var end = m.end
                // "accused of committing": the gerund belongs to the allegation.
                if isWord(end - 1, "of"), end < sentence.upperBound, tokens[end].kind == .word, endsWithIng(end) {
                    end += 1
                }
                drafts.append(Draft(kind: .hedge, bytes: span(t, end), value: .string(cls)))
                t = end
                continue
            }
            if endsWithNegation(t) {
                drafts.append(Draft(kind: .hedge, bytes: token.bytes, value: .string("negation")))
            }
            t += 1
        }
    }

    private func endsWithIng(_ t: Int) -> Bool {
        let r = tokens[t].bytes
        guard r.count > 4 else { return false }
        let n = r.upperBound
        return bytes[n - 3] | 0x20 == 0x69 && bytes[n - 2] | 0x20 == 0x6E && bytes[n - 1] | 0x20 == 0x67
    }

    /// "didn't", "don’t", "won't".
    private func endsWithNegation(_ t: Int) -> Bool {
        let r = tokens[t].bytes
        let n = r.upperBound
        guard r.count >= 3, bytes[n - 1] | 0x20 == 0x74 else { return false }
        if bytes[n - 2] == 0x27, bytes[n - 3] | 0x20 == 0x6E { return true }
        if r.count >= 5, bytes[n - 2] == 0x99, bytes[n - 3] == 0x80, bytes[n - 4] == 0xE2, bytes[n - 5] | 0x20 == 0x6E {
            return true
        }
        return false
    }
}
