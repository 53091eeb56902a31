/// The HTML element names the extractor distinguishes, plus text nodes and everything else.
///
/// Names are matched on the lowercased bytes libxml2 reports; unknown elements (custom elements, SVG parts, typos)
/// become ``other`` and are treated as inline containers.
enum HTMLTag: UInt8, Sendable {
    case text, other
    case html, head, body, title, meta, link, base, script, style, noscript, template
    case a, abbr, b, bdi, bdo, cite, code, data, dfn, em, font, i, kbd, mark, q, s, samp, small, span, strike, strong,
        sub, sup, time, tt, u, `var`, wbr, ins, del
    case br, hr, img, picture, source, video, audio, track, canvas, svg, math, iframe, object, embed, param, map, area
    case p, div, section, article, main, aside, nav, header, footer, address, center, hgroup, details, summary, dialog,
        menu, blockquote, pre, figure, figcaption, h1, h2, h3, h4, h5, h6, ul, ol, li, dl, dt, dd, table, caption,
        thead, tbody, tfoot, tr, td, th, colgroup, col
    case form, fieldset, legend, label, input, button, select, option, optgroup, textarea, output, progress, meter

    /// Tags by their lowercase name.
    private static let byName: [String: HTMLTag] = {
        var table = [String: HTMLTag]()
        var raw: UInt8 = HTMLTag.html.rawValue
        while let tag = HTMLTag(rawValue: raw) {
            table[tag.name] = tag
            raw += 1
        }
        return table
    }()

    /// The tag for an element name.
    /// - Parameter name: The element name as libxml2 reports it (lowercase for HTML).
    /// - Returns: The known tag, or ``other``.
    static func named(_ name: String) -> HTMLTag {
        byName[name] ?? .other
    }

    /// The element name (`"var"` for ``var``).
    var name: String {
        switch self {
        case .var: return "var"
        default: return String(describing: self)
        }
    }

    /// Whether the element starts a new line of text (a block or a line-level element).
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .aside, .nav, .header, .footer, .address, .center, .hgroup,
            .details, .summary, .dialog, .menu, .blockquote, .pre, .figure, .figcaption, .h1, .h2, .h3, .h4, .h5, .h6,
            .ul, .ol, .li, .dl, .dt, .dd, .table, .caption, .thead, .tbody, .tfoot, .tr, .td, .th, .form, .fieldset,
            .legend, .body, .html, .hr, .iframe, .video, .audio, .canvas, .svg, .math, .object, .embed, .textarea,
            .select, .button, .title, .head, .script, .style, .noscript, .template, .picture, .img:
            return true
        default:
            return false
        }
    }

    /// Whether the element and its content are never part of an article's text.
    var isNeverContent: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .img, .picture, .source,
            .video, .audio, .track, .canvas, .svg, .math, .iframe, .object, .embed, .param, .map, .area, .input,
            .button, .select, .option, .optgroup, .textarea, .output, .progress, .meter, .nav, .dialog, .figure,
            .figcaption, .aside, .footer, .header, .menu, .label, .legend, .hr:
            return true
        default:
            return false
        }
    }

    /// Whether the element ends a line without starting a block (`br`).
    var isLineBreak: Bool { self == .br }

    /// Whether the element is a heading.
    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: return true
        default: return false
        }
    }
}

extension HTMLTag {
    /// The tag for a NUL-terminated element name from libxml2.
    /// - Parameter name: The lowercase name.
    /// - Returns: The known tag, or ``other``.
    static func named(_ name: UnsafePointer<UInt8>) -> HTMLTag {
        named(String(cString: name))
    }
}
