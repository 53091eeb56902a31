/// How `crosscheck corpus` puts articles into stories (`--group-by`).
public enum StoryGrouping: Sendable, Hashable, CustomStringConvertible {
    /// By content: MinHash signatures over word shingles, LSH banding for candidates, confirmed by the shingle
    /// Jaccard similarity and the publication-time window; versions of one URL are always one story
    /// (`--group-by story`, the default).
    case similarity
    /// By the value of a field of the article object (`--group-by url`, `--group-by story` is content grouping, so a
    /// field literally called `story` is `--group-by field:story`). Articles without the field are stories of their own.
    case field(String)

    /// Parses the value of `--group-by`: `story` (content), `field:NAME`, or a field name.
    /// - Parameter value: The option's value.
    /// - Returns: The grouping, or `nil` for an empty field name.
    public init?(argument value: String) {
        if value == "story" {
            self = .similarity
        } else if value.hasPrefix("field:") {
            let name = String(value.dropFirst(6))
            guard !name.isEmpty else { return nil }
            self = .field(name)
        } else if value.isEmpty {
            return nil
        } else {
            self = .field(value)
        }
    }

    /// `story` or the field name.
    public var description: String {
        switch self {
        case .similarity: "story"
        case .field(let name): name == "story" ? "field:story" : name
        }
    }

    /// The value of the grouping field in an article, if any.
    /// - Parameter article: The article.
    /// - Returns: The field's value; `nil` for content grouping or a missing field.
    func key(of article: Article) -> String? {
        guard case .field(let name) = self else { return nil }
        switch ArticleField(rawValue: name) {
        case .id: return article.id
        case .source: return article.source
        case .url: return article.url
        case .title: return article.title
        case .published: return article.published
        case .author: return article.author
        case .text: return article.text
        case nil: return article.extraFields[name]
        }
    }
}
