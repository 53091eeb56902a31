/// The attributes the extractor reads; all others are dropped while parsing.
enum HTMLAttribute: UInt8, Sendable {
    case `class`, id, style, hidden, ariaHidden, role, itemprop, itemtype, href, type, name, property, content, charset,
        httpEquiv, datetime, rel
}

extension HTMLAttribute {
    /// The kept attribute for a NUL-terminated attribute name from libxml2, or `nil` for attributes the extractor
    /// ignores.
    /// - Parameter name: The lowercase name.
    /// - Returns: The attribute, if kept.
    static func named(_ name: UnsafePointer<UInt8>) -> HTMLAttribute? {
        func equals(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            let start = literal.utf8Start
            for offset in 0 ..< count where name[offset] != start[offset] { return false }
            return name[count] == 0
        }
        switch name[0] {
        case UInt8(ascii: "c"):
            if equals("class") { return .class }
            if equals("content") { return .content }
            if equals("charset") { return .charset }
        case UInt8(ascii: "i"):
            if equals("id") { return .id }
            if equals("itemprop") { return .itemprop }
            if equals("itemtype") { return .itemtype }
        case UInt8(ascii: "s"): if equals("style") { return .style }
        case UInt8(ascii: "h"):
            if equals("hidden") { return .hidden }
            if equals("href") { return .href }
            if equals("http-equiv") { return .httpEquiv }
        case UInt8(ascii: "a"): if equals("aria-hidden") { return .ariaHidden }
        case UInt8(ascii: "r"):
            if equals("role") { return .role }
            if equals("rel") { return .rel }
        case UInt8(ascii: "t"): if equals("type") { return .type }
        case UInt8(ascii: "n"): if equals("name") { return .name }
        case UInt8(ascii: "p"): if equals("property") { return .property }
        case UInt8(ascii: "d"): if equals("datetime") { return .datetime }
        default: break
        }
        return nil
    }
}
