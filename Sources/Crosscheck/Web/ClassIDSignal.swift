/// What an element's `class` and `id` say about its content, from the words they are made of.
///
/// Names are split into lowercase words at every non-alphanumeric byte and at camelCase humps
/// (`articleBody__relatedLinks` → `article`, `body`, `related`, `links`). Words are looked up in three lists: words
/// of article containers (`article`, `body`, `content`, `story`, …), words of boilerplate that is never article text
/// (`comments`, `share`, `related`, `newsletter`, `byline`, `caption`, …) and words that only lower a container's
/// score (`meta`, `media`, `header`, …). The weights follow readability's ±25 per attribute.
struct ClassIDSignal: Sendable, Equatable {
    /// Readability-style class weight: +25 per attribute with an article word, −25 per attribute with a boilerplate
    /// or weak negative word.
    var weight: Int = 0
    /// Whether a word names boilerplate (comments, sharing, related links, ads, bylines, captions, …).
    var isBoilerplate = false
    /// Whether a word names an article container.
    var isPositive = false
    /// Whether a word names the article itself (`article`, `story`, `entry`, `post-body`, …), not just any content.
    var isArticle = false
    /// Whether a whole class name hides the element (`hidden`, `sr-only`, `visually-hidden`, …).
    var isHidden = false

    /// No class or id.
    static let none = ClassIDSignal()

    /// Words of article containers.
    static let positiveWords: Set<String> = [
        "article", "articlebody", "articlecontent", "body", "content", "entry", "hentry", "main", "post", "text",
        "blogpost",
        "blog", "story", "storybody", "copy", "prose", "richtext", "postbody", "postcontent", "entrycontent",
        "bodytext", "maincontent", "articletext", "storytext", "storycontent", "paragraph", "paragraphs",
    ]

    /// Words that name the article itself rather than any content (comments have `content` and `text` too).
    static let articleWords: Set<String> = [
        "article", "articlebody", "articlecontent", "articletext", "story", "storybody", "storytext", "storycontent",
        "entry", "entrycontent", "hentry", "postbody", "postcontent", "blogpost",
    ]

    /// Words of blocks that are never article text.
    static let boilerplateWords: Set<String> = [
        "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "adsense",
        "adslot", "adunit", "adwrap", "adwrapper", "adcontainer", "dfp", "gpt", "sponsor", "sponsored", "sponsors",
        "promo", "promos", "promoted", "promotion", "promotions", "comment", "comments", "commenting", "disqus",
        "replies", "respond", "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials",
        "socialmedia", "related", "relatedlinks", "recommended", "recommendation", "recommendations", "recirc",
        "recirculation", "outbrain", "taboola", "zergnet", "trending", "popular", "mostread", "mostpopular",
        "newsletter", "newsletters", "subscribe", "subscription", "signup", "login", "cookie", "cookies", "consent",
        "gdpr", "popup", "modal", "breadcrumb", "breadcrumbs", "byline", "bylines", "author", "authors", "caption",
        "captions", "credit", "credits", "figcaption", "tags", "tag", "taglist", "topics", "toolbar", "sidebar",
        "widget", "widgets", "footer", "masthead", "menu", "nav", "navbar", "navigation", "pagination", "pager",
        "rss", "follow", "bio", "poll", "readmore", "morestories", "moreon", "seealso", "alsoread", "skiplink",
        "print", "shoutbox", "skyscraper", "banner", "sharebuttons", "subscribebox", "paid", "commercial",
        "affiliate", "disclaimer", "copyright", "licensing", "reprints", "rail", "aside", "teaser", "teasers",
        "jumplink", "jump", "inlinerelated", "newsletterbox", "signin", "register", "alert", "notification",
    ]

    /// Words that lower a container's score without marking it boilerplate.
    static let weakNegativeWords: Set<String> = [
        "meta", "metadata", "media", "multimedia", "header", "contact", "footnote", "footnotes", "hidden", "tool",
        "tools", "tooltip", "date", "time", "timestamp", "dateline", "scroll", "combx", "shopping", "extra",
    ]

    /// Whole class names that hide an element from readers.
    static let hiddenClassNames: Set<String> = [
        "hidden", "hide", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader-only",
        "is-hidden", "u-hidden", "d-none", "display-none", "invisible", "offscreen", "element-invisible",
    ]

    /// Classifies an element.
    /// - Parameters:
    ///   - classBytes: The `class` attribute value, if any.
    ///   - idBytes: The `id` attribute value, if any.
    /// - Returns: The signal.
    /// - Complexity: O(length of the attributes).
    static func classify(class classBytes: ArraySlice<UInt8>?, id idBytes: ArraySlice<UInt8>?) -> ClassIDSignal {
        var signal = ClassIDSignal()
        for value in [classBytes, idBytes] {
            guard let value, !value.isEmpty else { continue }
            var positive = false
            var negative = false
            forEachWord(in: value) { word in
                if positiveWords.contains(word) {
                    positive = true
                    if articleWords.contains(word) { signal.isArticle = true }
                } else if boilerplateWords.contains(word) {
                    negative = true
                    signal.isBoilerplate = true
                } else if weakNegativeWords.contains(word) {
                    negative = true
                }
            }
            if positive {
                signal.weight += 25
                signal.isPositive = true
            }
            if negative { signal.weight -= 25 }
        }
        if let classBytes, !classBytes.isEmpty {
            var name = [UInt8]()
            for byte in classBytes {
                if byte.isHTMLSpace {
                    if !name.isEmpty, hiddenClassNames.contains(String(decoding: name, as: UTF8.self)) {
                        signal.isHidden = true
                    }
                    name.removeAll(keepingCapacity: true)
                } else {
                    name.append(byte.asciiLowercased)
                }
            }
            if !name.isEmpty, hiddenClassNames.contains(String(decoding: name, as: UTF8.self)) {
                signal.isHidden = true
            }
        }
        return signal
    }

    /// Calls `body` with each lowercase word of a class or id value, and with each pair of adjacent words joined
    /// (`related-links` → `related`, `links`, `relatedlinks`), so compounds match either way they are written.
    private static func forEachWord(in value: ArraySlice<UInt8>, _ body: (String) -> Void) {
        var word = [UInt8]()
        var previous = [UInt8]()
        var lastWasLower = false
        func flush() {
            guard !word.isEmpty else { return }
            body(String(decoding: word, as: UTF8.self))
            if !previous.isEmpty { body(String(decoding: previous + word, as: UTF8.self)) }
            previous = word
            word.removeAll(keepingCapacity: true)
        }
        for byte in value {
            let isUpper = byte >= 0x41 && byte <= 0x5A
            let isLower = byte >= 0x61 && byte <= 0x7A
            let isDigit = byte >= 0x30 && byte <= 0x39
            if isUpper {
                if lastWasLower { flush() }
                word.append(byte | 0x20)
                lastWasLower = false
            } else if isLower || isDigit {
                word.append(byte)
                lastWasLower = isLower
            } else {
                flush()
                if byte.isHTMLSpace { previous.removeAll(keepingCapacity: true) }
                lastWasLower = false
            }
        }
        flush()
    }
}
