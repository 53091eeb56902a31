/// Holidays with a fixed date or a computable rule, by name (lower case; a possessive "'s" is written without it:
/// "new year day" matches "New Year's Day").
enum Holidays {
    /// How a holiday's date is found in a given year.
    enum Rule: Hashable, Sendable {
        /// The same month and day every year.
        case fixed(month: Int, day: Int)
        /// Days after Easter Sunday (Gregorian computus): Good Friday is -2, Easter Monday 1.
        case easter(offset: Int)
        /// Days after US Thanksgiving (the fourth Thursday of November): Black Friday is 1.
        case thanksgiving(offset: Int)
    }

    /// The holidays.
    static let all: [(String, Rule)] = [
        ("christmas", .fixed(month: 12, day: 25)), ("christmas day", .fixed(month: 12, day: 25)),
        ("xmas", .fixed(month: 12, day: 25)), ("christmas eve", .fixed(month: 12, day: 24)),
        ("boxing day", .fixed(month: 12, day: 26)), ("new year day", .fixed(month: 1, day: 1)),
        ("new year eve", .fixed(month: 12, day: 31)), ("halloween", .fixed(month: 10, day: 31)),
        ("valentine day", .fixed(month: 2, day: 14)), ("st. patrick day", .fixed(month: 3, day: 17)),
        ("juneteenth", .fixed(month: 6, day: 19)), ("independence day", .fixed(month: 7, day: 4)),
        ("earth day", .fixed(month: 4, day: 22)), ("may day", .fixed(month: 5, day: 1)),
        ("bastille day", .fixed(month: 7, day: 14)), ("armistice day", .fixed(month: 11, day: 11)),
        ("veterans day", .fixed(month: 11, day: 11)), ("easter", .easter(offset: 0)),
        ("easter sunday", .easter(offset: 0)), ("easter monday", .easter(offset: 1)),
        ("good friday", .easter(offset: -2)), ("thanksgiving", .thanksgiving(offset: 0)),
        ("thanksgiving day", .thanksgiving(offset: 0)), ("black friday", .thanksgiving(offset: 1)),
    ]

    /// The holiday's date in a year.
    static func date(_ rule: Rule, year: Int) -> CivilDate {
        switch rule {
        case .fixed(let m, let d): return CivilDate(year: year, month: m, day: d)
        case .easter(let offset):
            // Anonymous Gregorian algorithm.
            let a = year % 19
            let b = year / 100
            let c = year % 100
            let d = b / 4
            let e = b % 4
            let f = (b + 8) / 25
            let g = (b - f + 1) / 3
            let h = (19 * a + b - d - g + 15) % 30
            let i = c / 4
            let k = c % 4
            let l = (32 + 2 * e + 2 * i - h - k) % 7
            let m = (a + 11 * h + 22 * l) / 451
            let month = (h + l - 7 * m + 114) / 31
            let day = (h + l - 7 * m + 114) % 31 + 1
            return CivilDate(year: year, month: month, day: day).adding(days: offset)
        case .thanksgiving(let offset):
            let first = CivilDate(year: year, month: 11, day: 1)
            let firstThursday = 1 + (4 - first.weekday + 7) % 7
            return CivilDate(year: year, month: 11, day: firstThursday + 21).adding(days: offset)
        }
    }
}
