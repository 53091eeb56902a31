/// Dates and times: weekdays, calendar dates, months, years, relative expressions and times of day, resolved
/// against the publication date when it is known.
extension ClaimScanner {
    static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Whether token `t` can start a date or time.
    func startsDate(_ t: Int) -> Bool {
        if kind(t) == .number { return true }
        guard let w = word(t) else {
            if tokens[t].kind == .word, ids[t] < 0, t < sentence.upperBound,
                tokens[t].bytes.contains(where: { bytes[$0] == 0x2D || bytes[$0] == 0x2F })
            {
                return true
            }
            return false
        }
        if w.startsHoliday { return true }
        return w.month != nil || w.weekday != nil || w.relativeDay != nil || w.shifter != nil || w.cardinal != nil
            || w.ordinal != nil || w.startsDate
    }

    /// Reads a date or time at token `t` and records its claim.
    /// - Returns: The token index after it, or `nil`.
    mutating func scanDate(at t: Int) -> Int? {
        guard startsDate(t) else { return nil }
        if let (end, value) = time(at: t) {
            drafts.append(Draft(kind: .time, bytes: span(t, end), value: .string(value)))
            return end
        }
        if let (end, value) = date(at: t) {
            drafts.append(Draft(kind: .date, bytes: span(t, end), value: value))
            return end
        }
        return nil
    }

    // MARK: Times

    func time(at t: Int) -> (Int, String)? {
        if isAny(t, ["noon", "midday"]) { return (t + 1, "12:00") }
        if isWord(t, "midnight") { return (t + 1, "00:00") }
        guard kind(t) == .number, let n = NumericToken(bytes, tokens[t].bytes, lexicon: lexicon), n.currency == nil,
            !n.percent
        else { return nil }
        var hour: Int
        var minute = 0
        var end = t + 1
        var meridiem: Int?
        if let s = n.suffix, let m = lexicon.word(lexicon.id(bytes, s))?.meridiem { meridiem = m }
        if n.separator == 0x3A, n.groups.count >= 2, n.groups[0] < 24, n.groups[1] < 60, n.widths[1] == 2 {
            hour = Int(n.groups[0])
            minute = Int(n.groups[1])
        } else if n.groups.count == 1, !n.hasDecimal, n.groups[0] >= 1, n.groups[0] <= 12 {
            hour = Int(n.groups[0])
            if meridiem == nil {
                guard let m = word(t + 1)?.meridiem else { return nil }
                // "2 pm" is a time, "5 am" too; a bare "am"/"pm" word only after a number.
                meridiem = m
                end = t + 2
            }
        } else {
            return nil
        }
        if meridiem == nil, let m = word(end)?.meridiem {
            meridiem = m
            end += 1
        }
        if let m = meridiem {
            if hour == 12 { hour = 0 }
            hour += m
        }
        guard hour < 24 else { return nil }
        return (end, "\(CivilDate.pad(hour, 2)):\(CivilDate.pad(minute, 2))")
    }

    // MARK: Dates

    func date(at t: Int) -> (Int, ClaimValue)? {
        if isWord(t, "in") { return inDuration(at: t) }
        if isWord(t, "the") {
            if isWord(t + 1, "day"), isAny(t + 2, ["before", "after"]) {
                // "the day after tomorrow", "the day before yesterday", "the day after" (the next day).
                let sign = isWord(t + 2, "before") ? -1 : 1
                if let d = word(t + 3)?.relativeDay, d != 0 { return relativeDay(at: t, offset: d + sign, end: t + 4) }
                return relativeDay(at: t, offset: sign, end: t + 3)
            }
            if isAny(t + 1, ["next", "following", "previous"]), isWord(t + 2, "day") {
                return relativeDay(at: t, offset: isWord(t + 1, "previous") ? -1 : 1, end: t + 3)
            }
            if let r = nthWeekday(at: t + 1) { return r }
            if let (end, value) = dayMonth(at: t + 1) { return (end, value) }
            return dayAlone(at: t + 1, from: t)
        }
        if isWord(t - 1, "on"), let r = dayAlone(at: t, from: t) { return r }
        if word(t)?.startsHoliday == true, let r = holiday(at: t, shift: nil, from: t) { return r }
        if let w = word(t) {
            if let wd = w.weekday, tokens[t].kind != .number { return weekdayDate(at: t, weekday: wd) }
            if let shift = w.shifter { return shifted(at: t, shift: shift) }
            if let d = w.relativeDay { return relativeDay(at: t, offset: d, end: t + 1) }
            if w.month != nil, let r = monthFirst(at: t) { return r }
        }
        if let r = numericDate(at: t) { return r }
        if let r = joinedDate(at: t) { return r }
        if let r = dayMonth(at: t) { return r }
        if let r = durationAnchored(at: t) { return r }
        if let r = yearAlone(at: t) { return r }
        return nil
    }

    /// Resolves a full or partial date: ISO when the year is known or can be taken from the publication date.
    func resolve(year: Int?, month: Int, day: Int) -> ClaimValue? {
        guard (1 ... 12).contains(month), (1 ... 31).contains(day) else { return nil }
        if let year {
            let d = CivilDate(year: year, month: month, day: day)
            return .string(
                d.isValid ? d.iso : "\(CivilDate.pad(year, 4))-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))")
        }
        guard let ref = reference, day <= CivilDate.length(year: ref.year, month: month) || month == 2 && day == 29
        else {
            return .string("XXXX-\(CivilDate.pad(month, 2))-\(CivilDate.pad(day, 2))")
        }
        // The occurrence nearest the publication date.
        var best: CivilDate?
        for y in ref.year - 1 ... ref.year + 1 {
            let d = CivilDate(year: y, month: month, day: min(day, CivilDate.length(year: y, month: month)))
            if best == nil || abs(d.dayNumber - ref.dayNumber) < abs((best?.dayNumber ?? 0) - ref.dayNumber) {
                best = d
            }
        }
        return best.map { .string($0.iso) }
    }

    /// A month name, then a day and a year, or a year: "April 26, 2022", "dec. 31 , 1994", "April 2022".
    func monthFirst(at t: Int) -> (Int, ClaimValue)? {
        guard let month = word(t)?.month else { return nil }
        var k = t + 1
        if isByte(k, 0x2E) { k += 1 }
        if isByte(k, 0x2C) || isDash(k) || isByte(k, 0x2F) { k += 1 }
        if isWord(k, "the") { k += 1 }
        if let (day, e) = dayOfMonth(at: k) {
            var end = e
            var year: Int?
            var y = end
            if isByte(y, 0x2C) { y += 1 }
            if isWord(y, "of") { y += 1 }
            if let (yr, ye) = yearAt(y, strict: false) {
                year = yr
                end = ye
            }
            guard let value = resolve(year: year, month: month, day: day) else { return nil }
            // "may" the verb: only with a digit day or a capital M.
            if month == 5, isWord(t, "may"), kind(k) != .number, !isCapitalized(t) { return nil }
            return (end, value)
        }
        if let (yr, ye) = yearAt(k, strict: true) {
            return (ye, .string("\(CivilDate.pad(yr, 4))-\(CivilDate.pad(month, 2))"))
        }
        // A month alone: "in April", "since March" (capitalised, after a time preposition).
        if isCapitalized(t), !(month == 5 && isWord(t, "may")), tokens[t].bytes.count > 3,
            isAny(t - 1, ["in", "since", "until", "by", "early", "late", "mid", "last", "next", "this", "through"])
        {
            let mm = CivilDate.pad(month, 2)
            guard let ref = reference else { return (t + 1, .string("XXXX-\(mm)")) }
            var year = ref.year
            if isWord(t - 1, "last") || (month > ref.month && !isAny(t - 1, ["next", "until", "by"])) { year -= 1 }
            if isWord(t - 1, "next"), month <= ref.month { year += 1 }
            if isWord(t - 1, "last"), month < ref.month { year += 1 }
            return (t + 1, .string("\(CivilDate.pad(year, 4))-\(mm)"))
        }
        return nil
    }

    /// "first Tuesday of November 2024", "second Sunday in May", "last Friday of next month": the nth weekday of a
    /// month (after "the").
    func nthWeekday(at t: Int) -> (Int, ClaimValue)? {
        let n: Int
        if isWord(t, "last") {
            n = -1
        } else if let o = word(t)?.ordinal, o >= 1, o <= 5 {
            n = Int(o)
        } else {
            return nil
        }
        guard let wd = word(t + 1)?.weekday, isAny(t + 2, ["of", "in"]) else { return nil }
        var k = t + 3
        var year: Int?
        var month: Int
        if let m = word(k)?.month {
            month = m
            k += 1
            if isByte(k, 0x2C) { k += 1 }
            if let (y, e) = yearAt(k, strict: true) {
                year = y
                k = e
            } else if isByte(k - 1, 0x2C) {
                k -= 1
            }
        } else if let shift = word(k)?.shifter, isWord(k + 1, "month"), let ref = reference {
            let m = ref.adding(months: shift)
            month = m.month
            year = m.year
            k += 2
        } else if isWord(k, "the"), isWord(k + 1, "month"), let ref = reference {
            month = ref.month
            year = ref.year
            k += 2
        } else {
            return nil
        }
        guard let y = year ?? reference?.year else {
            return (k, .fields(["relative": lower(span(t, k))]))
        }
        let first = CivilDate(year: y, month: month, day: 1)
        var day: Int
        if n > 0 {
            day = 1 + (wd - first.weekday + 7) % 7 + 7 * (n - 1)
        } else {
            let length = CivilDate.length(year: y, month: month)
            let last = CivilDate(year: y, month: month, day: length)
            day = length - (last.weekday - wd + 7) % 7
        }
        guard day <= CivilDate.length(year: y, month: month) else { return nil }
        return (k, .string(CivilDate(year: y, month: month, day: day).iso))
    }

    /// A day of the month without a month ("the 18th", "on 29th"): the nearest such day around publication.
    /// Only a digit ordinal that no word follows (so "the 18th century" is not a date).
    func dayAlone(at t: Int, from start: Int) -> (Int, ClaimValue)? {
        guard kind(t) == .number, let n = NumericToken(bytes, tokens[t].bytes, lexicon: lexicon), n.suffix != nil,
            let (day, end) = dayOfMonth(at: t), kind(end) != .word
        else { return nil }
        let dd = CivilDate.pad(day, 2)
        guard let ref = reference else { return (end, .string("XXXX-XX-\(dd)")) }
        var best: CivilDate?
        for m in -1 ... 1 {
            let month = ref.adding(months: m)
            let d = CivilDate(year: month.year, month: month.month, day: day)
            guard d.isValid else { continue }
            if best == nil || abs(d.dayNumber - ref.dayNumber) < abs((best?.dayNumber ?? 0) - ref.dayNumber) {
                best = d
            }
        }
        return (end, best.map { .string($0.iso) } ?? .string("XXXX-XX-\(dd)"))
    }

    /// A date written as one token of parts joined by "-" or "/": "sep-23-2020", "23/sep/2020", "2020/23/sep".
    func joinedDate(at t: Int) -> (Int, ClaimValue)? {
        guard let k = kind(t), k == .word || k == .number else { return nil }
        let r = tokens[t].bytes
        var parts: [Range<Int>] = []
        var s = r.lowerBound
        for i in r where bytes[i] == 0x2D || bytes[i] == 0x2F {
            parts.append(s ..< i)
            s = i + 1
        }
        parts.append(s ..< r.upperBound)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        var month: Int?
        var year: Int?
        var day: Int?
        for p in parts {
            guard !p.isEmpty else { return nil }
            if let m = lexicon.word(lexicon.id(bytes, p))?.month {
                guard month == nil else { return nil }
                month = m
                continue
            }
            guard p.count <= 4 else { return nil }  // no date part is longer; longer digit runs overflow an Int
            var v = 0
            for i in p {
                guard bytes[i] &- 0x30 < 10 else { return nil }
                v = v * 10 + Int(bytes[i] - 0x30)
            }
            if p.count == 4, year == nil {
                year = v
            } else if p.count <= 2, day == nil, (1 ... 31).contains(v) {
                day = v
            } else {
                return nil
            }
        }
        guard let month, let day, parts.count == 2 ? year == nil : year != nil else { return nil }
        return resolve(year: year, month: month, day: day).map { (t + 1, $0) }
    }

    /// A day, then a month and optionally a year: "26 April 2022", "the 09th of may", "4th of july of 1995".
    func dayMonth(at t: Int) -> (Int, ClaimValue)? {
        guard let (day, e) = dayOfMonth(at: t) else { return nil }
        var k = e
        if isWord(k, "of") || isDash(k) || isByte(k, 0x2F) { k += 1 }
        guard let month = word(k)?.month else { return nil }
        if month == 5, isWord(k, "may"), !isCapitalized(k), !isWord(e, "of"), kind(t) != .number { return nil }
        var end = k + 1
        if isByte(end, 0x2E) { end += 1 }
        var year: Int?
        var y = end
        if isByte(y, 0x2C) || isDash(y) || isByte(y, 0x2F) { y += 1 }
        if isWord(y, "of") { y += 1 }
        if let (yr, ye) = yearAt(y, strict: false) {
            year = yr
            end = ye
        }
        guard let value = resolve(year: year, month: month, day: day) else { return nil }
        return (end, value)
    }

    /// A day of the month: "26", "26th", "twenty nine", "thirty first", "the 9th" (without "the").
    func dayOfMonth(at t: Int) -> (Int, Int)? {
        guard let k = kind(t) else { return nil }
        if k == .number {
            guard let n = NumericToken(bytes, tokens[t].bytes, lexicon: lexicon), n.groups.count == 1,
                !n.hasDecimal, n.currency == nil, !n.percent, n.hyphenTail == nil, n.widths[0] <= 2
            else { return nil }
            if let s = n.suffix {
                let two = s.count == 2 ? (bytes[s.lowerBound] | 0x20, bytes[s.lowerBound + 1] | 0x20) : (0, 0)
                guard two == (0x73, 0x74) || two == (0x6E, 0x64) || two == (0x72, 0x64) || two == (0x74, 0x68)
                else { return nil }
            }
            let d = Int(n.value)
            return (1 ... 31).contains(d) ? (d, t + 1) : nil
        }
        guard k == .word, let r = numberWords(at: t), r.unit == nil, r.value >= 1, r.value <= 31,
            r.value == r.value.rounded()
        else { return nil }
        return (Int(r.value), r.end)
    }

    /// A year: a four-digit number (or two digits after "of"/an apostrophe when not strict), or number words
    /// ("nineteen seventy two", "two thousand and thirty two").
    func yearAt(_ t: Int, strict: Bool) -> (Int, Int)? {
        guard let k = kind(t) else { return nil }
        if k == .number {
            guard let n = NumericToken(bytes, tokens[t].bytes, lexicon: lexicon), n.groups.count == 1,
                !n.hasDecimal, n.suffix == nil, n.currency == nil, !n.percent, n.value >= 0
            else { return nil }
            if n.widths[0] == 4 { return (Int(n.value), t + 1) }
            if !strict, n.widths[0] == 2 { return (twoDigitYear(Int(n.value)), t + 1) }
            return nil
        }
        guard k == .word, let first = word(t)?.cardinal else { return nil }
        if first >= 10, let second = word(t + 1)?.cardinal, second >= 10, first < 100, word(t + 2)?.scale == nil {
            // "nineteen seventy two"
            var value = first * 100 + second
            var end = t + 2
            if second >= 20, second.truncatingRemainder(dividingBy: 10) == 0, let third = word(t + 2)?.cardinal,
                third < 10
            {
                value += third
                end = t + 3
            }
            return (Int(value), end)
        }
        guard let r = numberWords(at: t), r.value >= 1000, r.value < 3000, !r.ordinal else { return nil }
        return (Int(r.value), r.end)
    }

    func twoDigitYear(_ yy: Int) -> Int {
        let pivot = ((reference?.year ?? 2000) % 100 + 10) % 100
        return yy <= pivot ? 2000 + yy : 1900 + yy
    }

    /// Dates in one number token: "2022-04-26", "4/26/2022", "2018-7-6", "03/18/40", and "7/6" after a weekday
    /// or a date preposition.
    func numericDate(at t: Int) -> (Int, ClaimValue)? {
        guard kind(t) == .number, let n = NumericToken(bytes, tokens[t].bytes, lexicon: lexicon),
            n.separator == 0x2F || n.separator == 0x2D, n.suffix == nil, n.currency == nil, !n.hasDecimal,
            n.widths.allSatisfy({ $0 <= 4 })  // no date part is longer; longer groups may not even fit an Int
        else { return nil }
        let g = n.groups.map { Int(abs($0)) }
        if g.count == 3 {
            if n.widths[0] == 4 { return resolve(year: g[0], month: g[1], day: g[2]).map { (t + 1, $0) } }
            let year = n.widths[2] == 4 ? g[2] : n.widths[2] == 2 ? twoDigitYear(g[2]) : -1
            guard year > 0 else { return nil }
            if g[0] <= 12 { return resolve(year: year, month: g[0], day: g[1]).map { (t + 1, $0) } }
            return resolve(year: year, month: g[1], day: g[0]).map { (t + 1, $0) }
        }
        if g.count == 2, n.widths[0] <= 2, n.widths[1] <= 2, g[0] <= 12, g[0] >= 1,
            word(t - 1)?.weekday != nil || isAny(t - 1, ["on", "this", "next", "by", "until", "since", "last"])
                || n.separator == 0x2F && g[1] > 12
        {
            return resolve(year: nil, month: g[0], day: g[1]).map { (t + 1, $0) }
        }
        return nil
    }

    /// A year after a time preposition: "in 2014", "since 1990", "by 2030".
    func yearAlone(at t: Int) -> (Int, ClaimValue)? {
        guard isAny(t - 1, ["in", "since", "by", "until", "from", "before", "after", "during", "of", "early", "late"]),
            kind(t) == .number, let (year, end) = yearAt(t, strict: true), (1000 ... 2999).contains(year),
            !startsUnitOrCurrency(end)
        else { return nil }
        return (end, .string(CivilDate.pad(year, 4)))
    }

    /// A holiday, optionally with a year ("Easter 2018") or after a shifter ("next Christmas", "previous Easter").
    func holiday(at t: Int, shift: Int?, from start: Int) -> (Int, ClaimValue)? {
        guard let m = phrase(at: t, { if case .holiday = $0 { true } else { false } }),
            case .holiday(let rule) = m.meaning
        else { return nil }
        var end = m.end
        if let (year, e) = yearAt(end, strict: true) {
            end = e
            return (end, .string(Holidays.date(rule, year: year).iso))
        }
        if isWord(end, "of"), isWord(end + 1, "this"), isWord(end + 2, "year"), let ref = reference {
            return (end + 3, .string(Holidays.date(rule, year: ref.year).iso))
        }
        guard let ref = reference else { return (end, .fields(["relative": lower(span(start, end))])) }
        let candidates = (ref.year - 1 ... ref.year + 1).map { Holidays.date(rule, year: $0) }
        let chosen: CivilDate?
        switch shift {
        case .some(let s) where s < 0: chosen = candidates.last { $0 < ref }
        case .some(let s) where s > 0: chosen = candidates.first { $0 > ref }
        case .some: chosen = candidates.first { $0.year == ref.year }
        case .none: chosen = candidates.min { abs($0.dayNumber - ref.dayNumber) < abs($1.dayNumber - ref.dayNumber) }
        }
        return chosen.map { (end, .string($0.iso)) }
    }

    // MARK: Weekdays and relative dates

    /// The weekday of the week `shift` weeks from the publication week.
    func weekdayInWeek(_ weekday: Int, shift: Int) -> CivilDate? {
        guard let ref = reference else { return nil }
        return ref.adding(days: 7 * shift + weekday - ref.weekday)
    }

    /// The news rule: an unqualified weekday is the one within three days of publication (past or coming).
    func nearestWeekday(_ weekday: Int) -> CivilDate? {
        guard let ref = reference else { return nil }
        var delta = (weekday - ref.weekday + 7) % 7
        if delta > 3 { delta -= 7 }
        return ref.adding(days: delta)
    }

    func weekdayDate(at t: Int, weekday wd: Int) -> (Int, ClaimValue)? {
        var k = t + 1
        if isByte(k, 0x2E) { k += 1 }
        if isByte(k, 0x2C) { k += 1 }
        // A full date after the weekday decides.
        if let (end, value) = numericDate(at: k) ?? dayMonth(at: k) ?? (word(k)?.month != nil ? monthFirst(at: k) : nil)
        {
            return (end, value)
        }
        if let shift = word(k)?.shifter, isWord(k + 1, "week") {
            // "Friday this week", "Monday next week"
            return (k + 2, weekdayInWeek(wd, shift: shift).map { .string($0.iso) } ?? unresolvedWeekday(wd))
        }
        if isWord(k, "of"), let shift = word(k + 1)?.shifter, isWord(k + 2, "week") {
            return (k + 3, weekdayInWeek(wd, shift: shift).map { .string($0.iso) } ?? unresolvedWeekday(wd))
        }
        if isWord(k, "the") { k += 1 }
        if let (day, end) = dayOfMonth(at: k), word(end)?.scale == nil, !startsUnitOrCurrency(end) {
            guard let ref = reference else { return (end, unresolvedWeekday(wd)) }
            var best: CivilDate?
            for m in -12 ... 12 {
                let month = ref.adding(months: m)
                let d = CivilDate(year: month.year, month: month.month, day: day)
                guard d.isValid, d.weekday == wd else { continue }
                if best == nil || abs(d.dayNumber - ref.dayNumber) < abs((best?.dayNumber ?? 0) - ref.dayNumber) {
                    best = d
                }
            }
            return (end, best.map { .string($0.iso) } ?? unresolvedWeekday(wd))
        }
        let end = isByte(t + 1, 0x2E) && tokens[t].bytes.count <= 4 ? t + 2 : t + 1
        return (end, nearestWeekday(wd).map { .string($0.iso) } ?? unresolvedWeekday(wd))
    }

    func unresolvedWeekday(_ wd: Int) -> ClaimValue { .fields(["weekday": Self.weekdayNames[wd - 1]]) }

    /// "next Monday", "last week", "this past Wednesday", "next week on Tuesday", "last month", "next year".
    func shifted(at t: Int, shift: Int) -> (Int, ClaimValue)? {
        var k = t + 1
        var shift = shift
        var strictNext = false
        if isWord(t, "this"), let s = word(k)?.shifter, s != 0 {
            // "this past Wednesday", "this coming Friday": the nearest one before or after.
            strictNext = true
            shift = s
            k += 1
        }
        if isWord(t, "past") && !strictNext { strictNext = true }
        if let r = holiday(at: k, shift: shift, from: t) { return r }
        if let wd = word(k)?.weekday {
            let text = lower(span(t, k + 1))
            guard let ref = reference else {
                return (k + 1, .fields(["weekday": Self.weekdayNames[wd - 1], "relative": text]))
            }
            if strictNext {
                var delta = (wd - ref.weekday + 7) % 7
                if shift < 0 { delta = delta == 0 ? -7 : delta - 7 } else if delta == 0 { delta = 7 }
                return (k + 1, .string(ref.adding(days: delta).iso))
            }
            return (k + 1, weekdayInWeek(wd, shift: shift).map { .string($0.iso) } ?? unresolvedWeekday(wd))
        }
        let unit: String
        if isWord(k, "week") {
            unit = "week"
        } else if isWord(k, "month") {
            unit = "month"
        } else if isWord(k, "year") {
            unit = "year"
        } else if isWord(k, "weekend") {
            unit = "weekend"
        } else {
            return nil
        }
        let text = lower(span(t, k + 1))
        guard let ref = reference else { return (k + 1, .fields(["relative": text])) }
        switch unit {
        case "week", "weekend":
            var e = k + 1
            if isWord(e, "on") { e += 1 }
            if unit == "week", let wd = word(e)?.weekday {
                return (e + 1, weekdayInWeek(wd, shift: shift).map { .string($0.iso) } ?? unresolvedWeekday(wd))
            }
            let day = ref.adding(days: 7 * shift)
            if unit == "weekend" { return (k + 1, .string(day.adding(days: 6 - day.weekday).iso)) }
            return (k + 1, .string(day.isoWeek))
        case "month":
            let m = ref.adding(months: shift)
            return (k + 1, .string("\(CivilDate.pad(m.year, 4))-\(CivilDate.pad(m.month, 2))"))
        default:
            return (k + 1, .string(CivilDate.pad(ref.year + shift, 4)))
        }
    }

    func relativeDay(at t: Int, offset: Int, end: Int) -> (Int, ClaimValue)? {
        guard let ref = reference else { return (end, .fields(["relative": lower(span(t, end))])) }
        return (end, .string(ref.adding(days: offset).iso))
    }

    /// The largest count in one duration ("100000 days"); larger counts (which may not even fit an `Int`) are not
    /// read as durations.
    static let maxDurationCount = 100_000.0

    /// A list of durations: "two days", "2 weeks and 2 days", "2 years 1 month 21 days", "a fortnight".
    func durations(at t: Int) -> (days: Int, months: Int, end: Int)? {
        var k = t
        var days = 0
        var months = 0
        var any = false
        while true {
            var value = 1.0
            var e = k
            if isWord(k, "a") || isWord(k, "an") {
                e = k + 1
            } else if let r = number(at: k), r.unit == nil, r.currency == nil, !r.percent, !r.ordinal, r.range == nil,
                r.value >= 0, r.value <= Self.maxDurationCount
            {
                value = r.value
                e = r.end
            } else {
                break
            }
            guard let m = phrase(at: e, { if case .unit(let u) = $0 { u.isDuration } else { false } }),
                case .unit(let u) = m.meaning
            else { break }
            let n = Int(value)
            switch u.name {
            case "day": days += n
            case "week": days += 7 * n
            case "fortnight": days += 14 * n
            case "month": months += n
            case "year": months += 12 * n
            case "decade": months += 120 * n
            default: return nil
            }
            any = true
            k = m.end
            if isWord(k, "and"), number(at: k + 1) != nil || isWord(k + 1, "a") {
                k += 1
            } else if isByte(k, 0x2C) {
                k += 1
            }
            if !(startsNumber(k) || isWord(k, "a")) { break }
        }
        if k > t, isWord(k - 1, "and") || isByte(k - 1, 0x2C) { k -= 1 }
        return any ? (days, months, k) : nil
    }

    /// "two days ago", "3 weeks later", "three weeks from tomorrow", "2 weeks before may 13 1999".
    func durationAnchored(at t: Int) -> (Int, ClaimValue)? {
        guard startsNumber(t) || isWord(t, "a"), let (days, months, e) = durations(at: t) else { return nil }
        var sign = 0
        var anchor: CivilDate? = reference
        var end = e + 1
        if isWord(e, "ago") || isWord(e, "earlier") && !isWord(e + 1, "than") {
            sign = -1
        } else if isAny(e, ["later", "hence"]) {
            sign = 1
        } else if isAny(e, ["from", "after", "before", "since"]) {
            sign = isWord(e, "before") ? -1 : 1
            if isWord(e + 1, "now") {
                end = e + 2
            } else if let d = word(e + 1)?.relativeDay {
                anchor = reference?.adding(days: d)
                end = e + 2
            } else if let (ae, value) = date(at: e + 1), case .string(let iso) = value, let a = CivilDate(iso: iso),
                iso.count == 10
            {
                anchor = a
                end = ae
            } else {
                return nil
            }
        } else {
            return nil
        }
        guard let base = anchor else { return (end, .fields(["relative": lower(span(t, end))])) }
        let d = base.adding(months: sign * months).adding(days: sign * days)
        return (end, .string(d.iso))
    }

    /// "in two years", "in 3 days", "in a fortnight": the date that far after publication.
    func inDuration(at t: Int) -> (Int, ClaimValue)? {
        guard let (days, months, end) = durations(at: t + 1),
            !isAny(t - 1, ["time", "first", "highest", "lowest", "least", "most", "best", "worst", "once"])
        else { return nil }
        var e = end
        if isWord(e, "time"), possessiveStem(e - 1) != nil {
            e += 1  // "in a fortnight’s time"
        } else if isAny(e, ["of", "time"]) {
            return nil
        }
        guard let ref = reference else { return (e, .fields(["relative": lower(span(t, e))])) }
        return (e, .string(ref.adding(months: months).adding(days: days).iso))
    }
}
