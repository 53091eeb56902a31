extension UInt8 {
    /// Whether the byte is HTML whitespace (space, tab, line feed, form feed, carriage return).
    var isHTMLSpace: Bool {
        self == 0x20 || self == 0x0A || self == 0x09 || self == 0x0D || self == 0x0C
    }

    /// The byte with ASCII `A`–`Z` mapped to `a`–`z`.
    var asciiLowercased: UInt8 { self >= 0x41 && self <= 0x5A ? self | 0x20 : self }
}
