/// People (with their titles), organisations, places and titles.
extension ClaimScanner {
    /// Reads the names and titles of the current sentence.
    /// - Parameter people: Canonical full names found so far in the article, by lower-cased surname.
    mutating func scanNames(people: inout PeopleNames) {
        var t = sentence.lowerBound
        var pendingTitle: (bytes: Range<Int>, text: String, draft: Int)?
        let covered = drafts[sentenceDrafts...].map(\.bytes)
        while t < sentence.upperBound {
            if let c = covered.first(where: { $0.contains(tokens[t].start) }) {
                // Inside a number or date ("New Year’s Day"): not a name.
                while t < sentence.upperBound, tokens[t].start < c.upperBound { t += 1 }
                pendingTitle = nil
                continue
            }
            // A title phrase: modifiers, demonyms, organisation abbreviations and at least one head.
            if let (end, headEnd) = titlePhrase(at: t) {
                let bytes = span(t, headEnd)
                drafts.append(Draft(kind: .title, bytes: bytes, value: .string(roleText(t, headEnd))))
                pendingTitle = (bytes, text(bytes), drafts.count - 1)
                // Organisations inside the title ("U.N. Secretary-General").
                for k in t ..< headEnd where tokens[k].kind == .abbreviation || isCapitalized(k) {
                    if let m = phrase(at: k, { if case .organization = $0 { true } else { false } }), m.end <= headEnd,
                        case .organization(let name) = m.meaning
                    {
                        drafts.append(Draft(kind: .organization, bytes: span(k, m.end), value: .string(name)))
                    }
                }
                t = end
                continue
            }
            guard isCapitalized(t), tokens[t].kind == .word || tokens[t].kind == .abbreviation else {
                if tokens[t].kind != .punctuation || !isByte(t, 0x2C) { pendingTitle = nil }
                t += 1
                continue
            }
            if let w = word(t), w.month != nil || w.weekday != nil {
                pendingTitle = nil
                t += 1
                continue
            }
            if t == sentence.lowerBound, ids[t] < 0 || phrase(at: t, { _ in true }) == nil,
                SentenceStarters.words.contains(lower(stem(t)))
            {
                t += 1
                continue
            }
            // Honorific: "Mr. Smith".
            var start = t
            var honorific = false
            if phrase(at: t, { $0 == .honorific }) != nil, isCapitalized(t + 1) {
                honorific = true
                start = t + 1
            }
            if let m = phrase(at: start, { if case .organization = $0 { true } else { false } }),
                case .organization(let name) = m.meaning, !honorific
            {
                drafts.append(Draft(kind: .organization, bytes: placeBytes(start, m.end), value: .string(name)))
                pendingTitle = nil
                t = m.end
                continue
            }
            if let m = phrase(at: start, { if case .place = $0 { true } else { false } }),
                case .place(let name) = m.meaning,
                !honorific, !isCapitalized(m.end) || isPlaceOrOrg(m.end)
            {
                drafts.append(Draft(kind: .place, bytes: placeBytes(start, m.end), value: .string(name)))
                pendingTitle = nil
                t = m.end
                continue
            }
            // A run of capitalised words.
            var end = start
            while end < sentence.upperBound, isCapitalized(end),
                tokens[end].kind == .word || tokens[end].kind == .abbreviation,
                word(end)?.weekday == nil, word(end)?.month == nil, end == start || possessiveStem(end - 1) == nil
            {
                end += 1
            }
            guard end > start else {
                t += 1
                continue
            }
            // Drop sentence-initial function words ("The", "But", "En").
            if start == sentence.lowerBound, SentenceStarters.words.contains(lower(stem(start))) {
                start += 1
                if start == end {
                    t = end
                    continue
                }
            }
            if let m = phrase(at: end - 1, { $0 == .organizationSuffix }), m.end == end, end - start >= 2 {
                drafts.append(
                    Draft(kind: .organization, bytes: span(start, end), value: .string(text(span(start, end)))))
                pendingTitle = nil
                t = end
                continue
            }
            let count = end - start
            let nameBytes = tokens[start].start ..< stem(end - 1).upperBound
            let titled = pendingTitle != nil || honorific
            let given = phrase(at: start, { $0 == .givenName }) != nil
            if count >= 2,
                titled || given || count <= 3 && !isHeadline && followsSpeech(end) || count == 2 && !isHeadline
            {
                let full = text(nameBytes)
                var draft = Draft(kind: .person, bytes: nameBytes, value: .string(full))
                if let title = pendingTitle {
                    draft.title = title.text
                    drafts[title.draft].person = full
                }
                drafts.append(draft)
                people[lower(stem(end - 1))] = full
            } else if count == 1 {
                let key = lower(stem(start))
                if let canonical = people[key] {
                    var draft = Draft(kind: .person, bytes: nameBytes, value: .string(canonical))
                    if let title = pendingTitle {
                        draft.title = title.text
                        drafts[title.draft].person = canonical
                    }
                    drafts.append(draft)
                } else if titled {
                    let full = text(nameBytes)
                    drafts.append(
                        Draft(kind: .person, bytes: nameBytes, value: .string(full), title: pendingTitle?.text))
                    people[key] = full
                    if let title = pendingTitle { drafts[title.draft].person = full }
                } else if !isHeadline, start > sentence.lowerBound,
                    phrase(at: start - 1, { $0 == .locative }) != nil, ids[start] < 0
                {
                    drafts.append(Draft(kind: .place, bytes: nameBytes, value: .string(text(nameBytes))))
                } else if ids[start] < 0 {
                    var draft = Draft(kind: .person, bytes: nameBytes, value: .string(text(nameBytes)))
                    draft.tentative = true
                    drafts.append(draft)
                }
            }
            pendingTitle = nil
            t = end
        }
    }

    private func isPlaceOrOrg(_ t: Int) -> Bool {
        phrase(
            at: t,
            {
                switch $0 {
                case .place, .organization, .titleHead, .titleModifier, .demonym: true
                default: false
                }
            }) != nil
    }

    private func placeBytes(_ a: Int, _ b: Int) -> Range<Int> { tokens[a].start ..< stem(b - 1).upperBound }

    private func followsSpeech(_ t: Int) -> Bool {
        isAny(t, ["said", "says", "told", "added", "wrote", "noted", "stated", "explained", "asked", "replied"])
            || isByte(t, 0x2C)
    }

    /// A title phrase at `t`: returns the index after it and the index after its last head word.
    func titlePhrase(at t: Int) -> (Int, Int)? {
        var k = t
        var headEnd = -1
        while k < sentence.upperBound {
            guard
                let m = phrase(
                    at: k,
                    {
                        switch $0 {
                        case .titleHead, .titleModifier, .demonym: true
                        case .organization: true
                        default: false
                        }
                    })
            else { break }
            if case .organization = m.meaning {
                // An organisation only inside a title: "U.N. Secretary-General", "deputy U.N. ambassador".
                guard tokens[k].kind == .abbreviation || m.end - k == 1,
                    phrase(
                        at: m.end,
                        {
                            switch $0 {
                            case .titleHead, .titleModifier: true
                            default: false
                            }
                        }) != nil
                else { break }
            }
            if case .titleHead = m.meaning {
                // A lower-case head needs a modifier or a name; capitalised heads stand alone.
                headEnd = m.end
            }
            k = m.end
        }
        guard headEnd > t else { return nil }
        // Words like "chief", "head", "official", "general" stand as titles only when capitalised, when modified,
        // or right before a name.
        if headEnd - t == 1, !isCapitalized(t) {
            let weak = isAny(
                t,
                [
                    "chief", "head", "general", "official", "leader", "editor", "analyst", "speaker",
                    "coach", "manager", "judge", "justice", "major", "secretary", "chair", "representative", "attorney",
                    "correspondent", "economist", "founder", "director", "commander", "captain", "diplomat",
                ])
            if weak, !isCapitalized(headEnd) { return nil }
        }
        if isCapitalized(t), headEnd - t == 1, t == sentence.lowerBound, !isCapitalized(headEnd) { return nil }
        return (headEnd, headEnd)
    }

    /// The role as written, with role words in lower case and abbreviations and demonyms kept.
    func roleText(_ a: Int, _ b: Int) -> String {
        (a ..< b).map { k -> String in
            let s = text(tokens[k].bytes)
            if tokens[k].kind == .abbreviation { return s }
            if phrase(at: k, { if case .demonym = $0 { true } else { false } }) != nil { return s }
            if phrase(at: k, { if case .organization = $0 { true } else { false } }) != nil { return s }
            return s.lowercased()
        }.joined(separator: " ")
    }
}

extension ClaimScanner.Draft {
    init(kind: ClaimKind, bytes: Range<Int>, value: ClaimValue?, title: String?) {
        self.init(kind: kind, bytes: bytes, value: value)
        self.title = title
    }
}
