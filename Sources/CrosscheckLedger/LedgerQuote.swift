import Crosscheck

/// One version of a quote as stored in a ``QuoteLedger``: the quote as `crosscheck quotes` found it, the article it
/// was found in, and the group of versions it belongs to.
///
/// JSON form: the ``Quote`` object (`doc`, `kind`, `quote`, `parts`?, `speaker`, `speakerName`, `cue`, `confidence`)
/// with the ledger's `id` and `group` and the article's `source`, `url`, `title` and `published` added (each `null`
/// when unknown); spans are Unicode scalar offsets into the article's text, as in `crosscheck quotes`.
public struct LedgerQuote: Codable, Hashable, Sendable {
    /// The quote's row id in the ledger (stable once stored).
    public var id: Int64
    /// The group of versions of the same quote: the id of the group's first version.
    public var group: Int64
    /// The quote, its speaker and cue; its ``Quote/doc`` is the article's identifier.
    public var attribution: Quote
    /// The outlet, when known.
    public var source: String?
    /// The article's URL, when known.
    public var url: String?
    /// The article's headline, when known.
    public var title: String?
    /// The article's publication date as given, when known.
    public var published: String?

    /// Creates a stored quote version.
    /// - Parameters:
    ///   - id: The row id.
    ///   - group: The group id.
    ///   - attribution: The quote, with the article id as its `doc`.
    ///   - source: The outlet.
    ///   - url: The URL.
    ///   - title: The headline.
    ///   - published: The publication date.
    public init(
        id: Int64, group: Int64, attribution: Quote, source: String?, url: String?, title: String?, published: String?
    ) {
        self.id = id
        self.group = group
        self.attribution = attribution
        self.source = source
        self.url = url
        self.title = title
        self.published = published
    }

    /// The article's identifier.
    public var doc: String { attribution.doc }

    /// How the version names its outlet in summaries: the source, else the article id.
    public var outlet: String { source ?? doc }

    private enum CodingKeys: String, CodingKey {
        case id, group, source, url, title, published
    }

    /// Decodes a version from its flat JSON form.
    /// - Parameter decoder: The decoder.
    /// - Throws: Decoding errors.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(Int64.self, forKey: .id)
        group = try container.decode(Int64.self, forKey: .group)
        source = try container.decodeIfPresent(String.self, forKey: .source)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        published = try container.decodeIfPresent(String.self, forKey: .published)
        attribution = try Quote(from: decoder)
    }

    /// Encodes the version as one flat object, with explicit `null` for unknown metadata, speaker, name and cue.
    /// - Parameter encoder: The encoder.
    /// - Throws: Encoding errors.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(group, forKey: .group)
        try container.encode(source, forKey: .source)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(published, forKey: .published)
        try attribution.encode(to: encoder)
    }
}
