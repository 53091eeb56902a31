/// The people and bodies an article names, for resolving speaker mentions within it: full names by surname
/// ("Haq" → "Farhan Haq") and by the titles or roles written next to them ("ambassador" → "Dmitry Polyansky" from
/// "Ambassador Dmitry Polyansky"; "spokesperson" → "Farhan Haq" from "Guterres spokesperson Farhan Haq").
struct SpeakerDirectory {
    struct Entry {
        var name: String
        var token: Int
    }

    private(set) var bySurname: [UInt64: [Entry]] = [:]
    private(set) var byGivenName: [UInt64: [Entry]] = [:]
    /// Every full name in text order.
    private(set) var all: [Entry] = []
    private(set) var byRole: [UInt64: [Entry]] = [:]

    /// Scans the body paragraphs for capitalised name runs and the roles beside them.
    /// - Parameter pass: The attribution pass with the document's tokens and word roles.
    /// - Complexity: O(n) in the number of tokens.
    init(_ pass: AttributionPass) {
        for paragraph in pass.document.paragraphs where paragraph.role == .body {
            var t = paragraph.tokens.lowerBound
            let end = paragraph.tokens.upperBound
            while t < end {
                guard pass.isNameWord(t) else {
                    t += 1
                    continue
                }
                var e = t + 1
                while e < end && pass.isNameWord(e) && !pass.isPossessive(e - 1) { e += 1 }
                let run = t ..< e
                if run.count >= 2 {
                    let name = pass.name(of: run)
                    let entry = Entry(name: name, token: t)
                    bySurname[pass.stemHash(e - 1), default: []].append(entry)
                    byGivenName[pass.stemHash(t), default: []].append(entry)
                    all.append(entry)
                    // Titles and roles written before the name: "Ambassador", "Guterres spokesperson".
                    var k = t - 1
                    var steps = 0
                    while k >= paragraph.tokens.lowerBound && steps < 3 && pass.roles[k].contains(.title)
                        && !pass.isPossessive(k)
                    {
                        byRole[pass.stemHash(k), default: []].append(entry)
                        k -= 1
                        steps += 1
                    }
                    // An apposition after the name: "Farhan Haq, Guterres' spokesperson, ...".
                    if e < end && pass.isComma(e) {
                        var a = e + 1
                        while a < end && a < e + 7 && !pass.isPunctuation(a) {
                            if pass.roles[a].contains(.title) && !pass.isPossessive(a) {
                                byRole[pass.stemHash(a), default: []].append(entry)
                            }
                            a += 1
                        }
                    }
                }
                t = e
            }
        }
    }

    /// The full name a surname stands for: the nearest full name before the mention, else the first after it.
    /// - Parameters:
    ///   - surname: The hash of the surname (``QuoteLexicon/hash(_:_:)``).
    ///   - token: The mention's token index.
    /// - Returns: The full name, or `nil` when the article never gives one.
    func fullName(surname: UInt64, near token: Int) -> String? {
        nearest(bySurname[surname], token) ?? nearest(byGivenName[surname], token)
    }

    /// The last full name written before a token, if it is at most `window` tokens back.
    /// - Parameters:
    ///   - token: A token index.
    ///   - window: How far back to look.
    /// - Returns: The name, or `nil`.
    func lastName(before token: Int, within window: Int) -> String? {
        var low = 0
        var high = all.count
        while low < high {
            let mid = (low + high) / 2
            if all[mid].token < token { low = mid + 1 } else { high = mid }
        }
        guard low > 0, token - all[low - 1].token <= window else { return nil }
        return all[low - 1].name
    }

    /// The person a role or title stands for when the article names one person with it.
    /// - Parameters:
    ///   - role: The hash of the role word ("spokesperson").
    ///   - token: The mention's token index.
    /// - Returns: The name, or `nil` when no one or several different people hold that role.
    func name(role: UInt64, near token: Int) -> String? {
        guard let entries = byRole[role], let first = entries.first else { return nil }
        if entries.allSatisfy({ $0.name == first.name }) { return first.name }
        return nil
    }

    private func nearest(_ entries: [Entry]?, _ token: Int) -> String? {
        guard let entries, let first = entries.first else { return nil }
        var best: Entry?
        for entry in entries where entry.token <= token { best = entry }
        return (best ?? first).name
    }
}
