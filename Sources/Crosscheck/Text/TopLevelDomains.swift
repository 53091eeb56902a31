/// Top-level domains that make a bare "name.tld" a web address ("un.org", "bbc.co.uk", "kremlin.ru").
///
/// Only domains that are not also common English words are listed, so that a missing space after a period
/// ("said.it") is not mistaken for an address. Matching is on the lower-case spelling only.
enum TopLevelDomains {
    /// Packed keys (see ``ByteKey``) of the listed domains.
    static let keys: Set<UInt64> = Set(
        [
            "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "uk", "ru", "ua", "de", "fr",
            "cn", "jp", "eu", "ch", "nl", "se", "pl", "au", "ca", "br", "es", "tv", "ly", "gl", "ai", "app", "dev",
            "news", "online", "site", "ie", "nz", "za", "il", "tr", "ir", "kr", "hk", "sg", "ae", "qa", "sa", "eg",
            "ng", "ke", "pk", "bd", "mx", "ar", "cl", "gr", "pt", "cz", "sk", "hu", "ro", "bg", "rs", "hr", "si", "lt",
            "lv", "ee", "fi", "dk", "by", "kz", "ge", "am", "az", "uz", "af", "iq", "sy", "lb", "jo", "ps",
        ].compactMap { ByteKey.key($0) }
    )
}
