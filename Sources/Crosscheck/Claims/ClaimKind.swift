/// What a claim is about: the contract's kinds plus `hedge` (how certain a statement is).
public enum ClaimKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// A count or other bare number ("two", "1,500", "third").
    case number
    /// A percentage ("15%", "fifteen per cent"); `value` is 15.
    case percent
    /// An amount of money; `value` is the amount, `unit` the currency code ("USD").
    case money
    /// A measured quantity ("5 km"); `unit` is the canonical unit ("kilometer").
    case quantity
    /// A calendar date or period; `value` is ISO ("2022-04-26", "2022-04", "2022", "2022-W17") when resolvable.
    case date
    /// A time of day; `value` is "HH:MM" (24-hour).
    case time
    /// A span of time ("two-month" → 2, unit "month").
    case duration
    /// A person; `value` is the canonical full name.
    case person
    /// An organisation; `value` is its canonical name.
    case organization
    /// A place; `value` is its canonical name.
    case place
    /// A title or role; `value` is the role as written, role words in lower case ("deputy U.N. ambassador").
    case title
    /// A hedge or certainty marker; `value` is its class: allegation, report, possibility, denial, negation.
    case hedge
}
