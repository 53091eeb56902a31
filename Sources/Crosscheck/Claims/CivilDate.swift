/// A proleptic Gregorian calendar date with day arithmetic, for resolving relative dates against an article's
/// publication date without Foundation's calendars (deterministic, time-zone free).
struct CivilDate: Hashable, Sendable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// Parses the date part of an ISO 8601 timestamp ("2022-04-25", "2022-04-25T14:00:00Z").
    init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1 ... 12).contains(m), (1 ... 31).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// ISO weekday: Monday 1 … Sunday 7.
    var weekday: Int { ((dayNumber % 7 + 7) % 7 + 3) % 7 + 1 }

    func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Adds months, clamping the day to the month's length.
    func adding(months: Int) -> CivilDate {
        let total = year * 12 + (month - 1) + months
        let y = Int((Double(total) / 12).rounded(.down))
        let m = total - y * 12 + 1
        return CivilDate(year: y, month: m, day: min(day, Self.length(year: y, month: m)))
    }

    static func length(year: Int, month: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    var isValid: Bool { (1 ... 12).contains(month) && day >= 1 && day <= Self.length(year: year, month: month) }

    var iso: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    /// The ISO week ("2022-W17") of the date.
    var isoWeek: String {
        let thursday = adding(days: 4 - weekday)
        let first = CivilDate(year: thursday.year, month: 1, day: 1)
        let week = (thursday.dayNumber - first.dayNumber) / 7 + 1
        return "\(Self.pad(thursday.year, 4))-W\(Self.pad(week, 2))"
    }

    static func < (a: CivilDate, b: CivilDate) -> Bool { a.dayNumber < b.dayNumber }
}
