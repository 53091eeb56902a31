/// Pairs the tokenizer's quotation-mark tokens into top-level ``QuotedRegion``s.
///
/// Rules, per body paragraph (headlines and furniture are skipped):
/// - marks are grouped into a double family (`"` `“` `”` `„` `«` `»` ` `` ` `''`) and a single family (`'` `‘` `’`
///   `‚` `‹` `›` `` ` ``); an opening mark opens, a closing mark closes the innermost open mark of its family, and
///   any marks opened inside it and never closed are dropped;
/// - a closing single mark with no open single mark is an apostrophe ("the players’");
/// - a paragraph that ends with a quote open continues it when the next body paragraph starts with an opening mark
///   of the same family (the news convention for multi-paragraph quotes), or when the next paragraph is only the
///   next line (a hard-wrapped text) and the quote closes within the next few lines; otherwise the open mark is
///   dropped and the quotes closed inside it become top-level (best effort for unbalanced marks, never a crash).
enum QuoteMarkPairer {
    /// The quotation-mark family of a quote token.
    enum Family: UInt8 { case double, single }

    /// The family of a quote token from its bytes.
    /// - Parameters:
    ///   - bytes: The text's UTF-8 bytes.
    ///   - token: A token of kind ``TokenKind/quote``.
    /// - Returns: Its family.
    static func family(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Family {
        let b0 = bytes[token.start]
        let length = token.end - token.start
        switch b0 {
        case 0x27, 0x60: return length > 1 ? .double : .single
        case 0xE2 where length == 3:
            let b2 = bytes[token.start + 2]
            if bytes[token.start + 1] == 0x80
                && (b2 == 0x98 || b2 == 0x99 || b2 == 0x9A || b2 == 0x9B || b2 == 0xB9 || b2 == 0xBA)
            {
                return .single
            }
            return .double
        default: return .double
        }
    }

    /// Whether the paragraph after `p` is the next line of the same paragraph (one line break, no blank line) and
    /// a closing mark of `family` comes within the following few such lines before any opening mark of it.
    private static func wrapContinues(
        after p: Int, family wanted: Family, _ document: Document, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        let paragraphs = document.paragraphs
        var q = p
        for _ in 0 ..< 5 {
            let next = q + 1
            guard next < paragraphs.count, paragraphs[next].role == .body else { return false }
            var breaks = 0
            for i in paragraphs[q].end ..< paragraphs[next].start where bytes[i] == 0x0A { breaks += 1 }
            guard breaks == 1 else { return false }
            for t in paragraphs[next].tokens where document.tokens[t].kind == .quote {
                let token = document.tokens[t]
                guard family(bytes, token) == wanted else { continue }
                return token.flags.contains(.closing)
            }
            q = next
        }
        return false
    }

    private struct Open {
        var token: Int
        var family: Family
        var children: [Int]
        var reopenings: [Int]
    }

    /// Finds the top-level quoted regions of a document.
    /// - Parameters:
    ///   - document: The analysed article.
    ///   - bytes: Its UTF-8 bytes.
    /// - Returns: Regions in text order, non-overlapping.
    /// - Complexity: O(n) in the number of tokens.
    static func regions(in document: Document, bytes: UnsafeBufferPointer<UInt8>) -> [QuotedRegion] {
        var pairs = [QuotedRegion]()
        var topLevel = [Int]()
        var stack = [Open]()
        let tokens = document.tokens
        let paragraphs = document.paragraphs

        func dropTop() {
            guard let dropped = stack.popLast() else { return }
            if stack.isEmpty {
                topLevel += dropped.children
            } else {
                stack[stack.count - 1].children += dropped.children
            }
        }

        for (p, paragraph) in paragraphs.enumerated() where paragraph.role == .body {
            var first = true
            for t in paragraph.tokens {
                let token = tokens[t]
                guard token.kind == .quote else {
                    first = false
                    continue
                }
                let family = family(bytes, token)
                if token.flags.contains(.opening) {
                    if first && stack.count == 1 && stack[0].family == family && stack[0].token >= 0 {
                        // A continued quote: the paragraph reopens the quote that the previous one left open.
                        stack[0].reopenings.append(t)
                    } else {
                        stack.append(Open(token: t, family: family, children: [], reopenings: []))
                    }
                } else if let match = stack.lastIndex(where: { $0.family == family }) {
                    while stack.count > match + 1 { dropTop() }
                    guard let opened = stack.popLast() else { continue }
                    let index = pairs.count
                    pairs.append(QuotedRegion(open: opened.token, close: t, reopenings: opened.reopenings))
                    if stack.isEmpty {
                        topLevel.append(index)
                    } else {
                        stack[stack.count - 1].children.append(index)
                    }
                }
                first = false
            }
            // End of paragraph: keep one open quote for a possible continuation in the next body paragraph.
            let next = paragraphs.index(after: p)
            let continues =
                next < paragraphs.count && paragraphs[next].role == .body && !stack.isEmpty
                && {
                    let t = paragraphs[next].tokens.lowerBound
                    return tokens[t].kind == .quote && tokens[t].flags.contains(.opening)
                        && family(bytes, tokens[t]) == stack[0].family
                }()
            if continues {
                while stack.count > 1 { dropTop() }
            } else if !stack.isEmpty && wrapContinues(after: p, family: stack[0].family, document, bytes) {
                // A hard-wrapped line: keep everything open, the quote closes on a following line.
            } else {
                while !stack.isEmpty { dropTop() }
            }
        }
        while !stack.isEmpty { dropTop() }
        return topLevel.sorted { pairs[$0].open < pairs[$1].open }.map { pairs[$0] }
    }
}
