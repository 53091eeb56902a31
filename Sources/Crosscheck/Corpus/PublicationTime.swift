/// Reads `published` values (ISO 8601: `2022-04-25`, `2022-04-25T14:00:00Z`, `2022-04-25 14:00:00+02:00`,
/// fractions of a second ignored) as seconds since 1970-01-01 UTC, for the grouping window.
enum PublicationTime {
    /// Parses a timestamp.
    /// - Parameter value: The `published` string.
    /// - Returns: Seconds since the Unix epoch, or `nil` when it is not an ISO 8601 date.
    /// - Complexity: O(length of `value`).
    static func seconds(_ value: String) -> Int64? {
        var utf8 = Array(value.utf8.prefix(40))
        utf8.append(0)
        var index = 0
        func digits(_ count: Int) -> Int64? {
            var result: Int64 = 0
            for _ in 0 ..< count {
                let byte = utf8[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                result = result * 10 + Int64(byte - 0x30)
                index += 1
            }
            return result
        }
        func skip(_ byte: UInt8) -> Bool {
            guard utf8[index] == byte else { return false }
            index += 1
            return true
        }
        guard let year = digits(4), skip(0x2D), let month = digits(2), skip(0x2D), let day = digits(2),
            (1 ... 12).contains(month), (1 ... 31).contains(day)
        else { return nil }
        var seconds = daysFromCivil(year: year, month: month, day: day) * 86_400
        guard skip(0x54) || skip(0x20) || skip(0x74) else { return seconds }
        guard let hour = digits(2), skip(0x3A), let minute = digits(2), hour < 24, minute < 60 else { return seconds }
        seconds += hour * 3600 + minute * 60
        if skip(0x3A), let second = digits(2), second < 61 { seconds += second }
        if skip(0x2E) || skip(0x2C) {
            while utf8[index] >= 0x30 && utf8[index] <= 0x39 { index += 1 }
        }
        let sign: Int64 = skip(0x2B) ? 1 : skip(0x2D) ? -1 : 0
        if sign != 0, let offsetHours = digits(2) {
            _ = skip(0x3A)
            let offsetMinutes = digits(2) ?? 0
            seconds -= sign * (offsetHours * 3600 + offsetMinutes * 60)
        }
        return seconds
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    private static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
