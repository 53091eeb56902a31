/// A top-level quoted stretch of an article: from an opening quotation mark to its closing mark, possibly over
/// several paragraphs (a paragraph that leaves the quote open and a next paragraph that reopens it).
struct QuotedRegion: Hashable, Sendable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark.
    var close: Int
    /// Token indices of the marks that reopen the quote at the start of later paragraphs.
    var reopenings: [Int] = []

    /// The token indices of the words between the marks.
    var inner: Range<Int> { open + 1 ..< close }
}
