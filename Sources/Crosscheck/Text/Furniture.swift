/// Recognises page furniture: lines that a web page or feed wraps around an article but that are not its text
/// ("Share this:", "Advertisement", "Leave a reply:", "© 2022 Reuters. All rights reserved.").
///
/// Furniture paragraphs keep their offsets but get no sentences, so no quotes or claims come from them. Rules:
/// 1. **Lexicon, anywhere**: a paragraph of at most 12 words that is exactly a known phrase (``phrases``), starts
///    with a known prefix (``prefixes``, e.g. "© ", "Related:", "Follow us on ") or contains "all rights reserved",
///    ignoring letter case, typographic quotes, whitespace, leading bullets or arrows and trailing `:` `.` `!`.
/// 2. **No words**: a paragraph with no word or number (a separator like "* * *", a lone emoji).
/// 3. **Leading and trailing blocks**: short paragraphs (at most 6 words) that do not end a sentence (no final
///    `.`, `!`, `?` or `…`, or a final `:`), at the very end of the document or at its start after the headline.
///    The first paragraph of a text without a headline is kept (it is usually a title), unless it is a byline
///    ("By Jane Smith"). This rule only applies when some other body paragraph remains that is not such a short line, so a short
///    text is never emptied, and a short paragraph that is a sentence ("He declined.") is always text.
public enum Furniture {
    /// Whole-paragraph phrases, in normalised form (lower case, straight quotes, single spaces, no trailing `:`).
    public static let phrases: Set<String> = [
        "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
        "paid content", "your ad here", "place your ad here", "advertise here", "advertise with us",
        "leave a reply", "leave a comment", "post a comment", "add a comment", "comments", "comment",
        "show comments", "view comments", "reply", "share", "share this", "share this article", "share this story",
        "share this post", "share on facebook", "share on twitter", "share via email", "tweet", "email", "print",
        "whatsapp", "facebook", "twitter", "linkedin", "telegram", "reddit", "pinterest", "copy link", "related",
        "related articles", "related stories", "related posts", "related content", "related news", "read more",
        "read more stories", "see also", "more on this story", "recommended", "recommended for you", "trending",
        "trending now", "most read", "most popular", "most viewed", "most shared", "top stories", "latest news",
        "more stories", "more news", "click here to subscribe", "subscribe", "subscribe now", "subscribe today",
        "sign up", "sign in", "log in", "register", "follow us", "follow us on twitter", "follow us on facebook",
        "follow us on instagram", "like us on facebook", "all rights reserved", "skip to content",
        "skip to main content", "skip to navigation", "menu", "home", "back to top", "loading", "watch", "listen",
        "listen to this article", "cookie policy", "privacy policy", "terms of use", "terms and conditions",
        "newsletter", "sign up for our newsletter", "continue reading", "story continues below",
        "article continues below", "story continues below advertisement", "scroll to continue",
        "scroll to continue with content", "you may also like", "you might also like", "don't miss", "topics",
        "tags", "photo", "video", "image", "gallery", "next article", "previous article", "next story",
        "previous story", "report an error", "report a typo", "feedback", "contact us", "about us",
        "print this page", "listen now", "watch now", "watch live", "breaking news", "editor's picks", "also read",
        "see more", "show more", "load more", "view more",
    ]

    /// Prefixes of furniture paragraphs, in normalised form.
    public static let prefixes: [String] = [
        "© ", "©", "(c) ", "copyright ", "follow us on ", "follow us at ", "click here ", "subscribe to ",
        "sign up for ", "sign up to ", "read more:", "read more about ", "related:", "related articles:",
        "related stories:", "see also:", "also read:", "read also:", "more:", "share this:", "tags:", "topics:",
        "filed under", "photo:", "photograph:", "image:", "picture:", "credit:", "video:", "watch:", "listen:",
        "reporting by ", "(reporting by ", "additional reporting by ", "editing by ", "writing by ",
        "compiled by ", "updated:", "published:", "posted:", "last updated", "posted on ", "published on ",
        "updated on ",
    ]

    /// Fragments that make a short paragraph furniture wherever they occur in it.
    public static let fragments: [String] = ["all rights reserved"]

    /// The most words a lexicon-matched paragraph may have.
    public static let maximumPhraseWords = 12
    /// The most words a short paragraph of a leading or trailing block may have.
    public static let maximumShortWords = 6

    /// Marks the furniture among a document's paragraphs (headlines are never furniture).
    /// - Parameters:
    ///   - paragraphs: The paragraphs; furniture ones get the role ``ParagraphRole/furniture``.
    ///   - text: The text.
    ///   - tokens: Its tokens.
    /// - Complexity: O(number of tokens).
    public static func mark(_ paragraphs: inout [Paragraph], text: SourceText, tokens: [Token]) {
        for k in paragraphs.indices where paragraphs[k].role == .body {
            let words = wordCount(tokens, paragraphs[k].tokens)
            if words == 0 || isPhrase(text: text, tokens: tokens, range: paragraphs[k].tokens) {
                paragraphs[k].role = .furniture
            }
        }
        let short = paragraphs.map { paragraph in
            paragraph.role == .body && wordCount(tokens, paragraph.tokens) <= maximumShortWords
                && !endsSentence(text: text, tokens: tokens, range: paragraph.tokens)
        }
        var candidates = Set<Int>()
        var k = paragraphs.count - 1
        while k >= 0 && paragraphs[k].role != .headline && (short[k] || paragraphs[k].role == .furniture) {
            if short[k] { candidates.insert(k) }
            k -= 1
        }
        k = 0
        while k < paragraphs.count && (short[k] || paragraphs[k].role != .body) {
            if short[k] && (k > 0 || isByline(text: text, tokens: tokens, range: paragraphs[k].tokens)) {
                candidates.insert(k)
            }
            k += 1
        }
        let textRemains = paragraphs.indices.contains { index in
            paragraphs[index].role == .body && !candidates.contains(index) && !short[index]
        }
        guard textRemains else { return }
        for index in candidates { paragraphs[index].role = .furniture }
    }

    /// Whether a paragraph starts like a byline: "By" and a capitalised word ("By Jane Smith").
    static func isByline(text: SourceText, tokens: [Token], range: Range<Int>) -> Bool {
        guard range.count >= 2 else { return false }
        let first = tokens[range.lowerBound]
        return text.text(first.bytes) == "By" && tokens[range.lowerBound + 1].flags.contains(.capitalized)
    }

    /// Whether some tokens are exactly a furniture phrase, or start with a furniture prefix.
    /// - Parameters:
    ///   - text: The text.
    ///   - tokens: Its tokens.
    ///   - range: The token indices of the paragraph or line.
    /// - Returns: `true` when the lexicon (rule 1) matches.
    public static func isPhrase(text: SourceText, tokens: [Token], range: Range<Int>) -> Bool {
        guard !range.isEmpty, wordCount(tokens, range) <= maximumPhraseWords else { return false }
        let key = normalized(text.text(tokens[range.lowerBound].start ..< tokens[range.upperBound - 1].end))
        if key.isEmpty { return false }
        if phrases.contains(key) { return true }
        for prefix in prefixes where key.hasPrefix(prefix) { return true }
        for fragment in fragments where key.contains(fragment) { return true }
        return false
    }

    /// The normalised form of a short text: lower case, straight quotes, single spaces, no leading bullets and
    /// arrows, no trailing `:` `.` `!` `…` or arrows.
    static func normalized(_ text: String) -> String {
        if let ascii = normalizedASCII(text) { return ascii }
        var out = ""
        var pendingSpace = false
        for scalar in text.lowercased().unicodeScalars {
            let isWhitespace =
                scalar.value < 0x80
                ? scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)
                : scalar.properties.isWhitespace
            if isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" ") }
            pendingSpace = false
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{2032}": out.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}": out.unicodeScalars.append("\"")
            default: out.unicodeScalars.append(scalar)
            }
        }
        while let first = out.first, leadingMarks.contains(first) { out.removeFirst() }
        while let last = out.last, trailingMarks.contains(last) { out.removeLast() }
        return out
    }

    /// ``normalized(_:)`` of an ASCII text, on its bytes; `nil` for any other text. In ASCII every character is one
    /// byte once whitespace runs are single spaces (a CR LF pair is one `Character`, but both are whitespace), no
    /// quotation mark needs straightening, and the marks dropped at either end are the ASCII ones of
    /// `leadingMarks` and `trailingMarks`.
    static func normalizedASCII(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                if byte == 0x20 || (0x09 ... 0x0D).contains(byte) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            }
            // ">", "*", "|", "-" and " " lead; ":", ".", "!", ">", "|" and " " trail.
            var start = 0
            while start < out.count, [0x3E, 0x2A, 0x7C, 0x2D, 0x20].contains(out[start]) { start += 1 }
            var end = out.count
            while end > start, [0x3A, 0x2E, 0x21, 0x3E, 0x7C, 0x20].contains(out[end - 1]) { end -= 1 }
            return String(decoding: out[start ..< end], as: UTF8.self)
        }
    }

    /// Bullets and arrows `normalized` drops from the start of a text.
    private static let leadingMarks: Set<Character> = [
        "»", "›", ">", "→", "•", "*", "|", "-", "–", "—", "·", " ", "▶", "►",
    ]
    /// Punctuation and arrows `normalized` drops from the end of a text.
    private static let trailingMarks: Set<Character> = [":", ".", "!", "»", "›", ">", "→", "|", "…", " ", "▶", "►"]

    /// The number of word, number, abbreviation and address tokens in a range.
    static func wordCount(_ tokens: [Token], _ range: Range<Int>) -> Int {
        var count = 0
        for k in range {
            switch tokens[k].kind {
            case .word, .number, .abbreviation, .url: count += 1
            case .quote, .punctuation, .symbol: break
            }
        }
        return count
    }

    /// Whether the tokens end a sentence: a final `.`, `!`, `?`, `…` or abbreviation period, possibly followed by
    /// closing quotation marks and brackets.
    static func endsSentence(text: SourceText, tokens: [Token], range: Range<Int>) -> Bool {
        var k = range.upperBound - 1
        while k >= range.lowerBound && tokens[k].flags.contains(.closing) { k -= 1 }
        guard k >= range.lowerBound else { return false }
        let token = tokens[k]
        guard token.kind == .punctuation || token.kind == .abbreviation else { return false }
        let bytes = text.utf8
        let last = bytes[token.end - 1]
        if last == 0x2E || last == 0x21 || last == 0x3F { return true }
        return token.end - token.start >= 3 && last == 0xA6 && bytes[token.end - 2] == 0x80
            && bytes[token.end - 3] == 0xE2
    }
}
