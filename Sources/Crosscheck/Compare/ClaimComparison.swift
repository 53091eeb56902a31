/// Compares the claims of aligned sentence groups of two documents.
///
/// Inside each group that both documents share and that changed:
/// - numbers (number, percent, money, quantity, duration) and dates (date, time): a value only in one document
///   paired with a value of the same kind and unit only in the other is a `number`/`date` discrepancy (a value
///   merely added or dropped is not: the sentence diff covers it);
/// - persons, organisations and places likewise pair up as `entity` changes (names compare by their canonical
///   form, so "U.N." and "United Nations" agree);
/// - a person's titles in both documents that do not contain one another ("spokesperson" vs "deputy spokesman",
///   but not "President" vs "Ukrainian President") are an `entity` change;
/// - a hedge class (allegation, report, denial, negation, possibility) present in one and absent in the other is a
///   `hedge` change (`minor` for possibility, `major` otherwise).
/// Entity changes that restate a `quote-speaker` discrepancy are dropped.
struct ClaimComparison {
    /// The shared analyses.
    let context: CheckContext
    /// The reference document.
    let old: Int
    /// The other document.
    let new: Int

    /// The families of claims compared as values.
    private enum Family: Hashable {
        case number, date, entity
    }

    /// The discrepancies of all shared, changed groups.
    /// - Parameter earlier: Discrepancies already found (quote speakers are not restated as entities).
    /// - Returns: The claim discrepancies.
    func discrepancies(excluding earlier: [Discrepancy]) -> [Discrepancy] {
        var found: [Discrepancy] = []
        let speakerSpans = earlier.filter { $0.kind == .quoteSpeaker }.flatMap(\.evidence)
        for (group, sentences) in zip(context.alignment.groups, context.groupSentences) where group.changed {
            let (a, b) = (sentences[old], sentences[new])
            guard !a.isEmpty && !b.isEmpty else { continue }
            let oldClaims = claims(old, a)
            let newClaims = claims(new, b)
            found += values(oldClaims, newClaims, a, b)
            found += hedges(oldClaims, newClaims, a, b)
        }
        found += titles()
        return found.filter { d in
            d.kind != .entity
                || !d.evidence.contains { e in
                    speakerSpans.contains { $0.docIndex == e.docIndex && $0.start < e.end && e.start < $0.end }
                }
        }
    }

    /// The claims of a document inside some sentences.
    private func claims(_ doc: Int, _ sentences: [Int]) -> [Claim] {
        let ranges = sentences.map { context.sentenceScalars[doc][$0] }
        guard let low = ranges.map(\.lowerBound).min(), let high = ranges.map(\.upperBound).max() else { return [] }
        // Claims are sorted by start: only those starting inside `low ... high` can lie in a range.
        let all = context.claims[doc]
        var first = 0
        var last = all.count
        while first < last {
            let middle = (first + last) / 2
            if all[middle].span.start < low { first = middle + 1 } else { last = middle }
        }
        var result: [Claim] = []
        var k = first
        while k < all.count, all[k].span.start <= high {
            let claim = all[k]
            if ranges.contains(where: { claim.span.start >= $0.lowerBound && claim.span.end <= $0.upperBound }) {
                result.append(claim)
            }
            k += 1
        }
        return result
    }

    private static func family(_ kind: ClaimKind) -> Family? {
        switch kind {
        case .number, .percent, .money, .quantity, .duration: .number
        case .date, .time: .date
        case .person, .organization, .place: .entity
        case .title, .hedge: nil
        }
    }

    private static func key(_ claim: Claim) -> String {
        let value = NormalizedText.folded(claim.value?.description ?? claim.span.text, options: .loose)
        return "\(claim.kind.rawValue)|\(claim.unit ?? "")|\(value)"
    }

    /// Numbers, dates and entities changed from one value to another.
    private func values(_ oldClaims: [Claim], _ newClaims: [Claim], _ a: [Int], _ b: [Int]) -> [Discrepancy] {
        // Each value claim's key, made once (folding is the costly part).
        let oldKeyed = oldClaims.compactMap { claim in Self.family(claim.kind).map { _ in (claim, Self.key(claim)) } }
        let newKeyed = newClaims.compactMap { claim in Self.family(claim.kind).map { _ in (claim, Self.key(claim)) } }
        var remaining: [String: Int] = [:]
        for (_, key) in newKeyed { remaining[key, default: 0] += 1 }
        var oldOnly: [(claim: Claim, key: String)] = []
        for (claim, key) in oldKeyed {
            if (remaining[key] ?? 0) > 0 { remaining[key, default: 0] -= 1 } else { oldOnly.append((claim, key)) }
        }
        var newOnly: [(claim: Claim, key: String)] = []
        for (claim, key) in newKeyed.reversed() {
            if (remaining[key] ?? 0) > 0 {
                remaining[key, default: 0] -= 1
                newOnly.append((claim, key))
            }
        }
        newOnly.reverse()
        // Old values that still appear anywhere in the new group (or vice versa) are not changes.
        var found: [Discrepancy] = []
        var used = Set<Int>()
        for (x, xKey) in oldOnly {
            guard
                let j = newOnly.indices.first(where: {
                    !used.contains($0) && Self.family(newOnly[$0].claim.kind) == Self.family(x.kind)
                        && (x.kind == newOnly[$0].claim.kind || Self.family(x.kind) != .entity)
                        && (newOnly[$0].claim.unit ?? "") == (x.unit ?? "")
                })
            else { continue }
            used.insert(j)
            let (y, yKey) = newOnly[j]
            let oldValue = x.value?.description ?? x.span.text
            let newValue = y.value?.description ?? y.span.text
            guard xKey != yKey else { continue }
            let kind: DiscrepancyKind
            switch Self.family(x.kind) {
            case .number: kind = .number
            case .date: kind = .date
            default: kind = .entity
            }
            found.append(
                Discrepancy(
                    kind: kind, severity: .major,
                    summary:
                        "“\(y.span.text)” in \(context.name(new)) but “\(x.span.text)” in \(context.name(old))"
                        + (oldValue != x.span.text || newValue != y.span.text ? " (\(oldValue) → \(newValue))" : ""),
                    evidence: [context.evidence(old, x.span), context.evidence(new, y.span)],
                    details: DiscrepancyDetails(
                        old: oldValue, new: newValue, claim: x.kind.rawValue, unit: x.unit ?? y.unit)))
        }
        return found
    }

    /// Folded words of a title.
    private static func words(_ title: String) -> Set<String> {
        let abbreviations = [
            "sen.": "senator", "rep.": "representative", "gov.": "governor", "gen.": "general", "lt.": "lieutenant",
            "pres.": "president", "sec.": "secretary", "amb.": "ambassador", "atty.": "attorney", "col.": "colonel",
            "capt.": "captain", "sgt.": "sergeant", "supt.": "superintendent", "dr.": "doctor", "prof.": "professor",
        ]
        return Set(
            NormalizedText.folded(title, options: .loose).split(separator: " ").map {
                abbreviations[String($0)] ?? String($0)
            })
    }

    /// The titles attached to named people in a document's body sentences.
    private func bodyTitles(_ doc: Int) -> [Claim] {
        let body = context.sentenceScalars[doc].indices.filter { context.isBody[doc][$0] }.map {
            context.sentenceScalars[doc][$0]
        }
        return context.claims[doc].filter { claim in
            claim.kind == .title && claim.person != nil
                && body.contains { claim.span.start >= $0.lowerBound && claim.span.end <= $0.upperBound }
        }
    }

    /// A person's title changed: a title of a person in one document that agrees with none of that person's titles
    /// in the other (one title's words containing the other's agree: "President", "Ukrainian President").
    /// Compared across the whole documents, because a title often moves to another sentence in a rewrite; one
    /// discrepancy per person.
    private func titles() -> [Discrepancy] {
        var found: [Discrepancy] = []
        var reported = Set<String>()
        let oldTitles = bodyTitles(old)
        let newTitles = bodyTitles(new)
        func agree(_ x: Claim, _ y: Claim) -> Bool {
            let (wx, wy) = (Self.words(x.span.text), Self.words(y.span.text))
            return wx.isSubset(of: wy) || wy.isSubset(of: wx)
        }
        var pairs: [(Claim, Claim)] = []
        for y in newTitles {
            let same = oldTitles.filter { $0.person == y.person }
            if let x = same.first, !same.contains(where: { agree($0, y) }) { pairs.append((x, y)) }
        }
        for x in oldTitles {
            let same = newTitles.filter { $0.person == x.person }
            if let y = same.first, !same.contains(where: { agree(x, $0) }) { pairs.append((x, y)) }
        }
        for (x, y) in pairs {
            let person = x.person ?? ""
            guard reported.insert(person).inserted else { continue }
            found.append(
                Discrepancy(
                    kind: .entity, severity: .major,
                    summary:
                        "\(person) is “\(y.span.text)” in \(context.name(new)) but “\(x.span.text)” in \(context.name(old))",
                    evidence: [context.evidence(old, x.span), context.evidence(new, y.span)],
                    details: DiscrepancyDetails(old: x.span.text, new: y.span.text, claim: "title", speaker: person)))
        }
        return found
    }

    /// Hedge classes present in one document and absent in the other.
    private func hedges(_ oldClaims: [Claim], _ newClaims: [Claim], _ a: [Int], _ b: [Int]) -> [Discrepancy] {
        func byClass(_ claims: [Claim]) -> [String: [Claim]] {
            var result: [String: [Claim]] = [:]
            for claim in claims where claim.kind == .hedge {
                result[claim.value?.description ?? "hedge", default: []].append(claim)
            }
            return result
        }
        let x = byClass(oldClaims)
        let y = byClass(newClaims)
        var found: [Discrepancy] = []
        for cls in Set(x.keys).symmetricDifference(y.keys).sorted() {
            let inOld = x[cls] != nil
            let cues = (x[cls] ?? y[cls] ?? [])
            let cueText = cues.map { "“\($0.span.text)”" }.joined(separator: ", ")
            var evidence = cues.map { context.evidence(inOld ? old : new, $0.span) }
            let otherSpan = inOld ? context.span(new, sentences: b) : context.span(old, sentences: a)
            evidence.append(context.evidence(inOld ? new : old, otherSpan))
            if !inOld { evidence.reverse() }
            found.append(
                Discrepancy(
                    kind: .hedge, severity: cls == "possibility" ? .minor : .major,
                    summary: inOld
                        ? "\(context.name(new)) drops the \(cls) \(cueText) of \(context.name(old))"
                        : "\(context.name(new)) adds the \(cls) \(cueText), absent in \(context.name(old))",
                    evidence: evidence,
                    details: DiscrepancyDetails(
                        old: inOld ? cues.map(\.span.text).joined(separator: ", ") : nil,
                        new: inOld ? nil : cues.map(\.span.text).joined(separator: ", "), claim: cls)))
        }
        return found
    }
}
