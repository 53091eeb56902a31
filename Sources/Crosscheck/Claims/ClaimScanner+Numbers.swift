/// Numbers, percentages, money, quantities, durations, ranges and vague magnitudes.
extension ClaimScanner {
    /// A number read from one or more tokens.
    struct NumberReading {
        var end: Int
        var endByte: Int
        var value: Double
        var ordinal = false
        var scaled = false
        var currency: String?
        var percent = false
        var unit: Units.Entry?
        var range: (min: Double, max: Double)?
        var plainInteger = false
    }

    /// Whether token `t` can start a number.
    func startsNumber(_ t: Int) -> Bool {
        guard let k = kind(t) else { return false }
        if k == .number { return true }
        let length = tokens[t].end - tokens[t].start
        if length <= 2 {
            if isWord(t, "a") || isWord(t, "an") {
                if let n = word(t + 1), n.scale != nil || n.denominator != nil { return true }
            }
            if isWord(t, "c") || isWord(t, "a"), isByte(t + 1, 0x24), kind(t + 2) == .number { return true }
        }
        let id = ids[t]
        guard id >= 0 else { return k == .word && length > 3 && hyphenFirstPartIsNumber(t) }
        let w = lexicon.words[Int(id)]
        if w.cardinal != nil || w.vague != nil || w.negative || w.currencySign != nil || w.vulgar != nil { return true }
        if w.ordinal != nil || w.denominator != nil { return true }
        return kind(t + 1) == .number && phrase(at: t, { if case .currency = $0 { true } else { false } }) != nil
    }

    private func hyphenFirstPartIsNumber(_ t: Int) -> Bool {
        let r = tokens[t].bytes
        var j = r.lowerBound
        while j < r.upperBound, bytes[j] != 0x2D { j += 1 }
        guard j < r.upperBound else { return false }
        return lexicon.word(lexicon.id(bytes, r.lowerBound ..< j))?.cardinal != nil
    }

    /// A currency code fused to an amount in one word: "USD115", "eur20.5".
    func fusedCurrencyWord(at t: Int) -> NumberReading? {
        guard kind(t) == .word, ids[t] < 0 else { return nil }
        let r = tokens[t].bytes
        guard r.count >= 4, bytes[r.upperBound - 1] &- 0x30 < 10 else { return nil }
        var j = r.lowerBound
        while j < r.upperBound, !(bytes[j] &- 0x30 < 10) { j += 1 }
        guard j - r.lowerBound == 3, j < r.upperBound,
            let m = lexicon.phrases(lexicon.id(bytes, r.lowerBound ..< j))?.first(where: { $0.words.count == 1 }),
            case .currency(let code) = m.meaning,
            let n = NumericToken(bytes, j ..< r.upperBound, lexicon: lexicon), n.groups.count == 1, n.suffix == nil
        else { return nil }
        var reading = NumberReading(end: t + 1, endByte: r.upperBound, value: n.value)
        reading.currency = code
        return reading
    }

    /// Reads a number expression at token `t` and records its claim.
    /// - Returns: The token index after the expression, or `nil` when no number starts at `t`.
    mutating func scanQuantity(at t: Int) -> Int? {
        if let fused = fusedCurrencyWord(at: t) {
            emit(fused, start: t, qualifierAt: t)
            return fused.end
        }
        guard startsNumber(t) else { return nil }
        if let v = vagueMagnitude(at: t) { return v }
        var q = t
        var sign = 1.0
        var currency: String?
        if word(q)?.negative == true, startsNumber(q + 1) {
            sign = -1
            q += 1
        }
        if let code = word(q)?.currencySign, kind(q + 1) == .number {
            currency = code
            q += 1
        } else if kind(q) == .word, let m = phrase(at: q, { if case .currency = $0 { true } else { false } }),
            case .currency(let code) = m.meaning, m.end == q + 1, kind(q + 1) == .number,
            tokens[q].bytes.count == 3
        {
            currency = code
            q += 1
        } else if isWord(q, "c") || isWord(q, "a"), isByte(q + 1, 0x24), kind(q + 2) == .number {
            currency = isWord(q, "c") ? "CAD" : "AUD"
            q += 2
        }
        guard var reading = number(at: q) else { return nil }
        // "one in five", "two out of five hundred", "1 over 3": a ratio.
        if !reading.ordinal, reading.range == nil, reading.currency == nil, !reading.percent, reading.unit == nil,
            reading.value >= 0, reading.value <= 10, !reading.scaled
        {
            var k = reading.end
            if isWord(k, "in") || isWord(k, "over") {
                k += 1
            } else if isWord(k, "out"), isWord(k + 1, "of") {
                k += 2
            }
            if k > reading.end, startsNumber(k), word(k)?.vague == nil, var d = number(at: k), d.value > 0,
                d.range == nil, !d.ordinal, d.currency == nil, !d.percent, d.unit == nil,
                !startsUnitOrCurrency(d.end), d.value > reading.value || isWord(reading.end, "in")
            {
                while let v = word(d.end)?.vague ?? word(d.end)?.scale, v >= 100, tokens[d.end].bytes.count > 3 {
                    d.value *= v
                    d.endByte = tokens[d.end].end
                    d.end += 1
                }
                reading.value /= d.value
                reading.end = d.end
                reading.endByte = d.endByte
            }
        }
        reading.value *= sign
        if reading.currency == nil { reading.currency = currency }
        completeUnits(&reading)
        completeRange(&reading, start: q)
        emit(reading, start: t, qualifierAt: t)
        return reading.end
    }

    /// Adds what follows a number: scale words, "and a half", percent, currency and unit words.
    mutating func completeUnits(_ r: inout NumberReading) {
        while let w = word(r.end), !r.ordinal {
            if let s = w.scale {
                let length = tokens[r.end].bytes.count
                if length <= 3, kind(r.end - 1) != .number || length == 1 && !isWord(r.end, "k") { break }
                r.value *= s
            } else if let v = w.vague, kind(r.end - 1) == .number || word(r.end - 1)?.cardinal != nil {
                r.value *= v
            } else {
                break
            }
            r.scaled = true
            r.plainInteger = false
            r.endByte = tokens[r.end].end
            r.end += 1
        }
        if isWord(r.end, "and"), isWord(r.end + 1, "a") || isWord(r.end + 1, "one"), isWord(r.end + 2, "half") {
            r.value += 0.5 * (r.scaled ? scaleOf(r) ?? 1 : 1)
            r.endByte = tokens[r.end + 2].end
            r.end += 3
        }
        if r.currency == nil, !r.percent, let code = word(r.end)?.currencySign, r.end > 0,
            tokens[r.end].start == tokens[r.end - 1].end
        {
            r.currency = code  // "100元"
            r.endByte = tokens[r.end].end
            r.end += 1
        }
        if r.currency == nil, !r.percent {
            if isByte(r.end, 0x25) {
                r.percent = true
                r.endByte = tokens[r.end].end
                r.end += 1
            } else if let m = phrase(at: r.end, { if case .percent = $0 { true } else { false } }) {
                r.percent = true
                r.endByte = tokens[m.end - 1].end
                r.end = m.end
            }
        }
        if !r.percent, r.unit == nil,
            let m = phrase(at: r.end, { if case .currency = $0 { true } else { false } }),
            case .currency(let code) = m.meaning, r.currency == nil || code == r.currency,
            !(r.currency == nil && isWeightPounds(at: r.end, start: r.end - 1))
        {
            r.currency = r.currency ?? code
            r.endByte = tokens[m.end - 1].end
            r.end = m.end
            // "thirteen dollars and forty-five cents", "15 dollars 50"
            var k = r.end
            if isWord(k, "and") { k += 1 }
            if code != "cent", code != "GBX", startsNumber(k), word(k)?.vague == nil, let cents = number(at: k),
                cents.value < 100, cents.value >= 0, !cents.ordinal, cents.currency == nil
            {
                var e = cents.end
                if let c = phrase(at: e, { if case .currency = $0 { true } else { false } }),
                    case .currency(let sub) = c.meaning
                {
                    if sub == "cent" || sub == "GBX" { e = c.end } else { e = -1 }
                }
                if e >= 0 {
                    r.value += cents.value / 100
                    r.end = e
                    r.endByte = tokens[e - 1].end
                }
            }
            if r.scaled == false, let w = word(r.end), let s = w.scale, s >= 1e6 {
                r.value *= s
                r.endByte = tokens[r.end].end
                r.end += 1
            }
        } else if r.currency == nil, !r.percent, r.unit == nil, !r.ordinal,
            let m = phrase(at: r.end, { if case .unit = $0 { true } else { false } }), case .unit(let u) = m.meaning
        {
            r.unit = u
            r.endByte = tokens[m.end - 1].end
            r.end = m.end
            // "5 feet 2 inches"
            var k = r.end
            if isWord(k, "and") { k += 1 }
            if u.name == "foot", kind(k) == .number, let inches = number(at: k), inches.unit == nil {
                var e = -1
                if let m2 = phrase(at: inches.end, { if case .unit(let x) = $0 { x.name == "inch" } else { false } }) {
                    e = m2.end
                } else if isWord(inches.end, "in"), kind(inches.end + 1) != .number, !isCapitalized(inches.end + 1),
                    !isAny(
                        inches.end + 1, ["the", "a", "an", "his", "her", "their", "its", "my", "our", "your", "this"])
                {
                    e = inches.end + 1
                }
                if e > 0 {
                    r.value += inches.value / 12
                    r.end = e
                    r.endByte = tokens[e - 1].end
                }
            }
        }
    }

    /// Turns "40 to 50", "between 3 and 4", "from 3 to 4", "3-4" into a range.
    mutating func completeRange(_ r: inout NumberReading, start: Int) {
        guard r.range == nil, !r.ordinal else { return }
        let between = isWord(start - 1, "between")
        let connector =
            isWord(r.end, "to") || isDash(r.end) || (between && isWord(r.end, "and"))
            || (isWord(start - 1, "from") && isWord(r.end, "to"))
        if !connector, !r.scaled, kind(r.end) == .number, tokens[r.end].start > tokens[r.end - 1].end,
            bytes[tokens[r.end].start] == 0x2D, var other = number(at: r.end), other.value < 0, -other.value > r.value
        {
            // "75 -300mm": a range typed with a space before the dash.
            other.value = -other.value
            completeUnits(&other)
            r.range = (r.value, other.value)
            r.unit = r.unit ?? other.unit
            r.currency = r.currency ?? other.currency
            r.end = other.end
            r.endByte = other.endByte
            return
        }
        guard connector else { return }
        var k = r.end + 1
        var currency: String?
        if let code = word(k)?.currencySign, kind(k + 1) == .number {
            currency = code
            k += 1
        }
        guard startsNumber(k), word(k)?.vague == nil, var other = number(at: k) else { return }
        if other.currency == nil { other.currency = currency }
        completeUnits(&other)
        guard !other.ordinal, other.range == nil else { return }
        if r.currency != nil, other.currency != nil, r.currency != other.currency { return }
        if r.percent != other.percent, r.percent { return }
        var low = r.value
        if !r.scaled, other.scaled, let s = scaleOf(other), low * s <= other.value { low *= s }
        r.range = (low, other.value)
        r.currency = r.currency ?? other.currency
        r.percent = r.percent || other.percent
        r.unit = r.unit ?? other.unit
        r.end = other.end
        r.endByte = other.endByte
    }

    /// Whether "pounds" after a number is a weight: a weighing verb shortly before it ("weighs 25 pounds", "to drop
    /// 25 pounds") or "heavier"/"overweight" right after it.
    func isWeightPounds(at t: Int, start: Int) -> Bool {
        guard isWord(t, "pounds") || isWord(t, "pound") else { return false }
        for k in max(sentence.lowerBound, start - 4) ..< start
        where isAny(
            k,
            [
                "weigh", "weighs", "weighed", "weighing", "weight", "drop", "dropped", "lose", "lost", "losing", "gain",
                "gained", "gaining", "shed", "shedding", "lift", "lifted", "lifting",
            ])
        {
            return true
        }
        return isAny(t + 1, ["heavier", "lighter", "overweight"])
    }

    /// Whether the bytes between two digit groups are one space, no-break space, narrow no-break space or thin
    /// space ("40 000", "40\u{202F}000").
    private func isDigitGroupGap(_ gap: Range<Int>) -> Bool {
        switch gap.count {
        case 1: return bytes[gap.lowerBound] == 0x20
        case 2: return bytes[gap.lowerBound] == 0xC2 && bytes[gap.lowerBound + 1] == 0xA0
        case 3:
            return bytes[gap.lowerBound] == 0xE2 && bytes[gap.lowerBound + 1] == 0x80
                && (bytes[gap.lowerBound + 2] == 0xAF || bytes[gap.lowerBound + 2] == 0x89)
        default: return false
        }
    }

    private func scaleOf(_ r: NumberReading) -> Double? {
        for s in [1e12, 1e9, 1e6, 1e3] where r.value >= s { return s }
        return nil
    }

    /// Records the claim of a reading.
    mutating func emit(_ r: NumberReading, start: Int, qualifierAt: Int) {
        var kind = ClaimKind.number
        var unit: String?
        if r.currency != nil {
            kind = .money
            unit = r.currency
        } else if r.percent {
            kind = .percent
            unit = "percent"
        } else if let u = r.unit {
            kind = u.isDuration ? .duration : .quantity
            unit = u.name
        }
        let value: ClaimValue
        if let range = r.range { value = .range(min: range.min, max: range.max) } else { value = .number(r.value) }
        var draft = Draft(kind: kind, bytes: tokens[start].start ..< r.endByte, value: value, unit: unit)
        draft.qualifier = qualifier(before: qualifierAt)
        if r.ordinal { draft.ordinal = true }
        drafts.append(draft)
    }

    /// "tens, even hundreds of thousands", "dozens", "hundreds of millions": an ordered range of magnitudes.
    mutating func vagueMagnitude(at t: Int) -> Int? {
        guard let first = word(t)?.vague else { return nil }
        var last = first
        var e = t + 1
        // ", even hundreds", "or even hundreds", "if not hundreds", "to hundreds"
        var k = e
        if isByte(k, 0x2C) { k += 1 }
        while isAny(k, ["even", "or", "if", "not", "and", "to", "perhaps", "possibly", "maybe"]) { k += 1 }
        if k > e, let w = word(k)?.vague, w > first, isWord(k + 1, "of") || word(k + 1)?.vague == nil {
            last = w
            e = k + 1
        }
        var scale = 1.0
        if isWord(e, "of"), let s = word(e + 1)?.vague, s >= 100, s > last {
            scale = s
            e += 2
        }
        if first == 10, scale == 1 { return nil }  // "tens" alone
        let low = first == 12 ? 24 : first * scale
        let high = last * scale * 10 - 1
        var draft = Draft(kind: .number, bytes: span(t, e), value: .range(min: low, max: high))
        draft.qualifier = qualifier(before: t)
        drafts.append(draft)
        return e
    }

    /// Reads the number at token `t`: a number token, number words, or "a"/"an" with a scale or fraction.
    func number(at t: Int) -> NumberReading? {
        guard let k = kind(t) else { return nil }
        if let v = lexicon.word(lexicon.id(bytes, tokens[t].bytes))?.vulgar {
            return NumberReading(end: t + 1, endByte: tokens[t].end, value: v)
        }
        if k == .number {
            // "3 hundred and 21", "4 thousand 3 hundred": digits read with the number words.
            if let s = word(t + 1)?.scale, s >= 100, tokens[t + 1].bytes.count > 4, smallInteger(t) != nil,
                let r = numberWords(at: t)
            {
                return r
            }
            return numberToken(at: t)
        }
        // "half a million", "quarter million"
        if let d = word(t)?.denominator, d == 2 || d == 4, !isWord(t, "fourth") {
            var k2 = t + 1
            if isWord(k2, "a") { k2 += 1 }
            if let s = word(k2)?.scale, s >= 1000, tokens[k2].bytes.count > 3 {
                var r = NumberReading(end: k2 + 1, endByte: tokens[k2].end, value: s / d)
                r.scaled = true
                return r
            }
        }
        if isWord(t, "a") || isWord(t, "an") {
            if let d = word(t + 1)?.denominator, d == 2 || d == 4, let s = word(t + 2)?.scale, s >= 1000,
                tokens[t + 2].bytes.count > 3
            {
                var r = NumberReading(end: t + 3, endByte: tokens[t + 2].end, value: s / d)
                r.scaled = true
                return r
            }
            guard let n = word(t + 1) else { return nil }
            // "a half", "a quarter", "a third of": a fraction ("a third term" is an ordinal).
            if let d = n.denominator, n.ordinal == nil || d == 2 || d == 4 || isWord(t + 2, "of") {
                return NumberReading(end: t + 2, endByte: tokens[t + 1].end, value: 1 / d)
            }
            if let s = n.scale, s >= 12, tokens[t + 1].bytes.count > 2 {
                var r = NumberReading(end: t + 2, endByte: tokens[t + 1].end, value: s)
                r.scaled = true
                return r
            }
            return nil
        }
        // "no one", "that one": a pronoun, not a count.
        if isWord(t, "one"), isAny(t - 1, ["no", "that", "this", "which", "the", "every", "any", "each"]),
            word(t + 1)?.scale == nil
        {
            return nil
        }
        guard var reading = numberWords(at: t) else { return nil }
        // "one twenty-fifth", "one - fourth": a cardinal over an ordinal.
        if !reading.ordinal, reading.unit == nil, reading.value >= 1, reading.value < 100,
            reading.value == reading.value.rounded()
        {
            let k = isDash(reading.end) ? reading.end + 1 : reading.end
            if word(k)?.cardinal != nil || ids[min(k, sentence.upperBound - 1)] < 0 && kind(k) == .word,
                let ord = numberWords(at: k), ord.ordinal, ord.value >= 2
            {
                reading.value /= ord.value
                reading.end = ord.end
                reading.endByte = ord.endByte
            } else if isDash(reading.end), let d = word(k)?.denominator {
                reading.value /= d
                reading.end = k + 1
                reading.endByte = tokens[k].end
            }
        }
        // "two thirds of a million"
        if reading.value < 1, reading.value > 0, isWord(reading.end, "of"), isWord(reading.end + 1, "a"),
            let s = word(reading.end + 2)?.scale, s >= 1000, tokens[reading.end + 2].bytes.count > 3
        {
            reading.value *= s
            reading.end += 3
            reading.endByte = tokens[reading.end - 1].end
        }
        return reading
    }

    private func numberToken(at t: Int) -> NumberReading? {
        guard let n = NumericToken(bytes, tokens[t].bytes, lexicon: lexicon) else { return nil }
        var r = NumberReading(end: t + 1, endByte: tokens[t].end, value: n.value)
        if t > sentence.lowerBound, isByte(t - 1, 0x2E), tokens[t - 1].end == tokens[t].start, n.groups.count == 1,
            !n.hasDecimal, n.currency == nil, t - 1 == sentence.lowerBound || tokens[t - 2].end < tokens[t - 1].start
        {
            var factor = 1.0
            for _ in 0 ..< (n.widths.first ?? 0) { factor *= 10 }
            r.value = n.value / factor
        }
        r.currency = n.currency
        r.percent = n.percent
        if n.groups.count >= 2 {
            if n.separator == 0x2F, n.groups.count == 2, n.groups[1] != 0 {
                r.value = n.groups[0] / n.groups[1]
            } else if n.separator == 0x2D, n.groups.count == 2, n.groups[0] < n.groups[1] {
                r.range = (n.groups[0], n.groups[1])
            } else {
                return nil
            }
        } else {
            r.plainInteger = !n.hasDecimal && n.suffix == nil && n.hyphenTail == nil && !n.percent
        }
        if n.degree {
            var name = "degree"
            if let s = n.suffix, s.count == 1 {
                let b = bytes[s.lowerBound] | 0x20
                name = b == 0x63 ? "degree celsius" : b == 0x66 ? "degree fahrenheit" : name
            }
            r.unit = Units.Entry(name: name, isDuration: false)
            return r
        }
        if let s = n.suffix {
            let id = lexicon.id(bytes, s)
            let lower = lexicon.word(id)
            let two = s.count == 2 ? (bytes[s.lowerBound] | 0x20, bytes[s.lowerBound + 1] | 0x20) : (0, 0)
            if two == (0x73, 0x74) || two == (0x6E, 0x64) || two == (0x72, 0x64) || two == (0x74, 0x68) {
                r.ordinal = true
            } else if s.count == 1, bytes[s.lowerBound] | 0x20 == 0x6D, r.currency == nil,
                isAny(t + 1, ["tall", "long", "high", "wide", "deep", "away", "from", "in"])
            {
                r.unit = Units.Entry(name: "meter", isDuration: false)
            } else if s.count == 2, bytes[s.lowerBound] == 0x4D, bytes[s.lowerBound + 1] == 0x4D {
                // "$1MM", "5MM": finance's thousand-thousand, a million (millimetres are written "mm").
                r.value *= 1e6
                r.scaled = true
            } else if let code = lower?.currencySign, r.currency == nil {
                r.currency = code
            } else if let scale = lower?.scale, s.count <= 3 || scale >= 1e6 {
                r.value *= scale
                r.scaled = true
            } else if let m = lexicon.phrases(id)?.first(where: { $0.words.count == 1 }) {
                switch m.meaning {
                case .unit(let u): r.unit = u
                case .currency(let code): r.currency = code
                case .percent: r.percent = true
                default: break
                }
            } else if s.count == 1, bytes[s.lowerBound] | 0x20 == 0x73 {
                return nil  // "1990s": a decade, not a count
            } else if r.value == 0 || s.count > 0 {
                if lexicon.word(id)?.meridiem != nil { return nil }
            }
        }
        if let tail = n.hyphenTail {
            var j = tail.lowerBound
            while j < tail.upperBound, bytes[j] != 0x2D { j += 1 }
            let id = lexicon.id(bytes, tail.lowerBound ..< j)
            if let m = lexicon.phrases(id)?.first(where: { $0.words.count == 1 }) {
                switch m.meaning {
                case .unit(let u): r.unit = u
                case .currency(let code): r.currency = code
                default: break
                }
            } else if let s = lexicon.word(id)?.scale, s >= 1000 {
                r.value *= s
            }
        }
        // "40 000", "1 234 567.89": groups of three digits after a single space.
        if r.plainInteger || n.groups.count == 1 && !n.hasDecimal && n.suffix == nil, n.widths.first ?? 4 <= 3,
            r.currency == nil || true
        {
            var k = t + 1
            while k < sentence.upperBound, kind(k) == .number, isDigitGroupGap(tokens[k - 1].end ..< tokens[k].start),
                let g = NumericToken(bytes, tokens[k].bytes, lexicon: lexicon),
                g.groups.count == 1, g.widths[0] == 3, g.currency == nil, g.value >= 0
            {
                r.value = r.value * 1000 + g.value
                r.percent = g.percent
                r.end = k + 1
                r.endByte = tokens[k].end
                r.plainInteger = !g.hasDecimal && g.suffix == nil
                k += 1
                if g.hasDecimal || g.suffix != nil || g.percent { break }
            }
        }
        // "1 4/5"
        if r.plainInteger, kind(t + 1) == .number,
            let next = NumericToken(bytes, tokens[t + 1].bytes, lexicon: lexicon),
            next.separator == 0x2F, next.groups.count == 2, next.groups[0] < next.groups[1], next.groups[1] != 0
        {
            r.value += (r.value < 0 ? -1 : 1) * next.groups[0] / next.groups[1]
            r.end = t + 2
            r.endByte = tokens[t + 1].end
            r.plainInteger = false
        }
        return r
    }

    private enum Last { case none, unit, teen, tens, hundred, scale }

    /// The value of a plain integer token below 1000 ("3", "21"), used inside number words.
    func smallInteger(_ t: Int) -> Double? {
        guard kind(t) == .number, let n = NumericToken(bytes, tokens[t].bytes, lexicon: lexicon), n.groups.count == 1,
            !n.hasDecimal, n.suffix == nil, n.hyphenTail == nil, n.currency == nil, !n.percent, n.value >= 0,
            n.value < 1000
        else { return nil }
        return n.value
    }

    /// The factor of a spelled-out scale word ("million", not "m") at token `t` when it is below `larger`.
    private func smallerScale(at t: Int, than larger: Double) -> Double? {
        guard let s = word(t)?.scale, s >= 1000, s < larger, tokens[t].bytes.count > 3 else { return nil }
        return s
    }

    /// Number words: "seventy-five", "one hundred and six", "twenty-one trillion three hundred", "three quarters",
    /// "twenty first", "two-month" (a number fused to a unit).
    func numberWords(at t: Int) -> NumberReading? {
        var total = 0.0
        var current = 0.0
        var last = Last.none
        var any = false
        var end = t
        var endByte = tokens[t].start
        var ordinal = false
        var fraction: Double?
        var unit: Units.Entry?
        var tok = t
        var lastScale = 1.0
        var andAfterScale = false
        var andBase: Double?
        var acceptedPartEnd: Int?
        outer: while tok < sentence.upperBound, tokens[tok].kind == .word || tokens[tok].kind == .number {
            if tokens[tok].kind == .number {
                guard let v = smallInteger(tok), last == .none || last == .hundred || last == .scale,
                    last != .none || tok == t
                else { break outer }
                current += v
                last =
                    v < 10
                    ? .unit : v < 20 ? .teen : v < 100 && v.truncatingRemainder(dividingBy: 10) == 0 ? .tens : .unit
                any = true
                end = tok + 1
                endByte = tokens[tok].end
                tok += 1
                if isWord(tok, "and"), last == .hundred || last == .scale, smallInteger(tok + 1) != nil,
                    !(last == .hundred && word(tok + 2)?.scale == 100)
                {
                    tok += 1
                }
                continue
            }
            let r = tokens[tok].bytes
            // Parts of a hyphenated word.
            var parts: [Range<Int>] = []
            let whole = ids[tok]
            if whole >= 0 {
                parts = [r]
            } else {
                var s = r.lowerBound
                for i in r where bytes[i] == 0x2D {
                    parts.append(s ..< i)
                    s = i + 1
                }
                parts.append(s ..< r.upperBound)
            }
            // The end of the last part of this token that was read: "three-nought-four" stops inside the word.
            acceptedPartEnd = nil
            for (pi, part) in parts.enumerated() {
                let id = parts.count == 1 ? whole : lexicon.id(bytes, part)
                guard let w = lexicon.word(id) else {
                    if pi > 0, any, parts.count > 1 { break }
                    break outer
                }
                if let c = w.cardinal {
                    if c < 10 {
                        guard last == .none || last == .tens || last == .hundred || last == .scale else { break outer }
                        last = .unit
                    } else if c < 20 {
                        guard last == .none || last == .hundred || last == .scale else { break outer }
                        last = .teen
                    } else {
                        guard last == .none || last == .hundred || last == .scale else { break outer }
                        last = .tens
                    }
                    current += c
                } else if let s = w.scale, s == 100, part.count > 3 {
                    guard last != .none, last != .hundred else { break outer }
                    current = max(current, 1) * 100
                    last = .hundred
                } else if let s = w.scale, s >= 1000, part.count > 3 {
                    guard last != .none else { break outer }
                    total += max(current, 1) * s
                    current = 0
                    last = .scale
                    lastScale = s
                } else if w.scale == 12, part.count > 3, last != .none {
                    current = max(current, 1) * 12
                    last = .scale
                } else if let o = w.ordinal,
                    last == .none || (last == .tens && o < 10) || ((last == .hundred || last == .scale) && o < 100)
                        || (o >= 100 && last != .none)
                {
                    if o >= 100 { current = max(current, 1) * o } else { current += o }
                    ordinal = true
                    any = true
                    end = tok + 1
                    endByte = tokens[tok].end
                    break outer
                } else if let d = w.denominator, any, last == .unit || last == .teen || last == .tens {
                    fraction = d
                    end = tok + 1
                    endByte = tokens[tok].end
                    break outer
                } else if any, pi > 0, let m = lexicon.phrases(id)?.first(where: { $0.words.count == 1 }),
                    case .unit(let u) = m.meaning
                {
                    unit = u
                    end = tok + 1
                    endByte = tokens[tok].end
                    break outer
                } else if any, pi > 0 {
                    // "one-yen", "three-foot": a fused unit or currency is read by the caller from the tail.
                    end = tok + 1
                    endByte = tokens[tok].end
                    if let m = lexicon.phrases(id)?.first(where: { $0.words.count == 1 }) {
                        if case .currency(let code) = m.meaning {
                            var reading = NumberReading(end: end, endByte: endByte, value: total + current)
                            reading.currency = code
                            return reading
                        }
                    }
                    return nil
                } else {
                    break outer
                }
                any = true
                acceptedPartEnd = part.upperBound
            }
            acceptedPartEnd = nil
            end = tok + 1
            endByte = tokens[tok].end
            tok += 1
            // Joiners: "and" before more number words, a spaced hyphen ("fifty - two").
            if isWord(tok, "and"), last == .hundred || last == .scale,
                !(last == .hundred && word(tok + 2)?.scale == 100),
                word(tok + 1)?.cardinal != nil || smallInteger(tok + 1) != nil
                    || ids[min(tok + 1, sentence.upperBound - 1)] < 0
                        && tokens[min(tok + 1, sentence.upperBound - 1)].kind == .word
                        && hyphenFirstPartIsNumber(tok + 1)
            {
                andAfterScale = last == .scale
                andBase = current
                tok += 1
            } else if isDash(tok), last == .tens, let n = word(tok + 1), let c = n.cardinal, c < 10 {
                tok += 1
            }
        }
        guard any else { return nil }
        if let partEnd = acceptedPartEnd, end <= tok {
            // Stopped inside a hyphenated word after reading some of its parts: the number ends with the last
            // part read, and the rest of the word is not a number ("three-nought-four" reads "three").
            end = tok + 1
            endByte = partEnd
        }
        var value = total + current
        if let d = fraction {
            let base = andBase ?? 0
            if andAfterScale, let s = smallerScale(at: end, than: lastScale) {
                // "one billion and three quarters million": the fraction is of the smaller scale after it.
                value = total + base + (current - base) / d * s
                endByte = tokens[end].end
                end += 1
            } else {
                value = total + base + (current - base) / d * (andAfterScale ? lastScale : 1)
            }
        }
        if fraction == nil, !ordinal, isWord(end, "and"), end + 2 < sentence.upperBound,
            isWord(end + 1, "a") || word(end + 1)?.cardinal != nil, let d = word(end + 2)?.denominator
        {
            let numerator = isWord(end + 1, "a") ? 1 : (word(end + 1)?.cardinal ?? 1)
            let afterScale = current == 0 && total > 0
            if afterScale, let s = smallerScale(at: end + 3, than: lastScale) {
                // "one billion and a quarter million": the fraction is of the smaller scale that follows it.
                value += numerator / d * s
                endByte = tokens[end + 3].end
                end += 4
            } else {
                value += numerator / d * (afterScale ? lastScale : 1)
                endByte = tokens[end + 2].end
                end += 3
            }
        }
        // "zero point zero eight", "nought point eleven"
        if fraction == nil, !ordinal, isWord(end, "point"), word(end + 1)?.cardinal != nil {
            var digits = ""
            var k = end + 1
            while let c = word(k)?.cardinal, c < 100 {
                digits += String(Int(c))
                k += 1
            }
            if let decimals = Double("0." + digits) {
                value += decimals
                end = k
                endByte = tokens[k - 1].end
            }
        }
        var reading = NumberReading(end: end, endByte: endByte, value: value)
        reading.ordinal = ordinal
        reading.unit = unit
        reading.scaled = total > 0
        return reading
    }
}
