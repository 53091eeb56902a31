import Foundation

/// What a page says about itself: `<meta>` tags (OpenGraph, Twitter, Dublin Core, `article:*`), JSON-LD article
/// objects and the `<title>` element.
struct PageMetadata: Sendable {
    /// The headline from JSON-LD.
    var jsonLDHeadline: String?
    /// The headline from `og:title` or `twitter:title`.
    var metaTitle: String?
    /// The `<title>` element's text.
    var documentTitle: String?
    /// Publication date (JSON-LD `datePublished`, `article:published_time`, …).
    var published: String?
    /// The site's name (`og:site_name`, JSON-LD publisher).
    var siteName: String?
    /// Author names.
    var authors: [String] = []
    /// The `articleBody` of a JSON-LD article, as it was given (may hold markup).
    var articleBody: String?
    /// The canonical URL (`og:url` or `<link rel=canonical>`).
    var canonicalURL: String?

    /// JSON-LD `@type` values that describe an article.
    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "techarticle", "scholarlyarticle",
        "socialmediaposting", "liveblogposting", "report", "satiricalarticle", "advertisercontentarticle", "posting",
    ]

    /// Reads the metadata of a parsed page.
    /// - Parameter document: The page.
    /// - Complexity: O(n) in the number of nodes, plus the size of JSON-LD blocks.
    init(document: HTMLDocument) {
        var metaPublished: String?
        var jsonLDPublished: String?
        var timePublished: String?
        var metaSiteName: String?
        var jsonLDPublisher: String?
        var metaAuthors: [String] = []
        for index in document.nodes.indices {
            switch document.nodes[index].tag {
            case .meta:
                guard let content = document.attributeString(.content, of: index)?.trimmedHTMLSpace, !content.isEmpty
                else { continue }
                let key =
                    (document.attributeString(.property, of: index)
                    ?? document.attributeString(.name, of: index)
                    ?? document.attributeString(.itemprop, of: index) ?? "").lowercased()
                switch key {
                case "og:title", "twitter:title":
                    if metaTitle == nil { metaTitle = content }
                case "og:site_name", "application-name", "twitter:site:name", "publisher":
                    if metaSiteName == nil { metaSiteName = content }
                case "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
                    "publish_date", "dc.date.issued", "dc.date", "dcterms.date", "date", "sailthru.date",
                    "parsely-pub-date", "og:published_time", "article.published", "published_time", "dc.date.created":
                    if metaPublished == nil { metaPublished = content }
                case "author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author":
                    if !content.hasPrefix("http") { metaAuthors.append(content) }
                case "og:url":
                    if canonicalURL == nil { canonicalURL = content }
                default:
                    break
                }
            case .link:
                if canonicalURL == nil, let rel = document.attributeString(.rel, of: index)?.lowercased(),
                    rel == "canonical"
                {
                    canonicalURL = document.attributeString(.href, of: index)
                }
            case .title:
                if documentTitle == nil {
                    let text = document.collapsedText(of: index)
                    if !text.isEmpty { documentTitle = text }
                }
            case .time:
                if timePublished == nil, let value = document.attributeString(.datetime, of: index)?.trimmedHTMLSpace,
                    !value.isEmpty
                {
                    timePublished = value
                }
            case .script:
                guard document.attribute(.type, of: index)?.asciiLowercasedContains("ld+json") == true else {
                    continue
                }
                let json = document.rawText(of: index)
                for object in Self.articleObjects(inJSONLD: json) {
                    if articleBody == nil, let body = object["articleBody"] as? String,
                        !body.trimmedHTMLSpace.isEmpty
                    {
                        articleBody = body
                    }
                    if jsonLDHeadline == nil, let headline = Self.string(object["headline"] ?? object["name"]) {
                        jsonLDHeadline = headline
                    }
                    if jsonLDPublished == nil,
                        let date = Self.string(object["datePublished"] ?? object["dateCreated"])
                    {
                        jsonLDPublished = date
                    }
                    if jsonLDPublisher == nil, let publisher = object["publisher"] {
                        jsonLDPublisher = Self.names(publisher).first
                    }
                    if authors.isEmpty, let author = object["author"] ?? object["creator"] {
                        authors = Self.names(author)
                    }
                }
            default:
                break
            }
        }
        published = jsonLDPublished ?? metaPublished ?? timePublished
        siteName = metaSiteName ?? jsonLDPublisher
        if authors.isEmpty { authors = metaAuthors }
    }

    /// The article objects in a JSON-LD block: the block itself, `@graph` members, array members and nested
    /// `mainEntity`/`mainEntityOfPage`/`itemListElement` objects whose `@type` names an article.
    /// - Parameter json: The script's text.
    /// - Returns: The objects, in document order.
    static func articleObjects(inJSONLD json: String) -> [[String: Any]] {
        var text = json.trimmedHTMLSpace
        for wrapper in ["<!--", "//<![CDATA[", "<![CDATA["] where text.hasPrefix(wrapper) {
            text.removeFirst(wrapper.count)
        }
        for wrapper in ["-->", "//]]>", "]]>"] where text.hasSuffix(wrapper) {
            text.removeLast(wrapper.count)
        }
        let data = Data(text.utf8)
        var root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        if root == nil {
            // Raw line breaks and tabs inside strings are the most common JSON-LD mistake.
            let repaired = String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
            root = try? JSONSerialization.jsonObject(with: Data(repaired.utf8), options: [.fragmentsAllowed])
        }
        guard let root else { return [] }
        var found: [[String: Any]] = []
        var pending: [Any] = [root]
        var visited = 0
        while !pending.isEmpty && visited < 10_000 {
            let value = pending.removeFirst()
            visited += 1
            if let array = value as? [Any] {
                pending.append(contentsOf: array)
            } else if let object = value as? [String: Any] {
                if isArticle(object) { found.append(object) }
                for key in ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"] {
                    if let nested = object[key] { pending.append(nested) }
                }
            }
        }
        return found
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String]
        if let type = object["@type"] as? String {
            types = [type]
        } else if let list = object["@type"] as? [Any] {
            types = list.compactMap { $0 as? String }
        } else {
            return false
        }
        return types.contains { articleTypes.contains($0.lowercased()) }
    }

    private static func string(_ value: Any?) -> String? {
        if let text = value as? String {
            let trimmed = text.trimmedHTMLSpace
            return trimmed.isEmpty ? nil : trimmed
        }
        if let list = value as? [Any] { return list.lazy.compactMap { string($0) }.first }
        return nil
    }

    private static func names(_ value: Any) -> [String] {
        if let text = value as? String { return text.trimmedHTMLSpace.isEmpty ? [] : [text.trimmedHTMLSpace] }
        if let object = value as? [String: Any] { return string(object["name"]).map { [$0] } ?? [] }
        if let list = value as? [Any] { return list.flatMap { names($0) } }
        return []
    }
}

extension String {
    /// The string without leading and trailing whitespace (including no-break spaces).
    var trimmedHTMLSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first ... last])
    }
}
