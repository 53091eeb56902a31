/// Recognises the short lines that sit inside article containers without being article text: datelines and
/// bylines, "Advertisement" labels, "Related:"/"Read more" link lines, share and comment prompts, newsletter and
/// social-media calls to action, and agency credit lines.
///
/// The rules look at the words of one paragraph; where a phrase could also open a real sentence, they only apply to
/// short paragraphs at the start or the end of the text.
enum BoilerplateText {
    /// Longest paragraph, in characters, that the rules for edge lines consider.
    static let maxLineLength = 220

    /// Whole-paragraph labels that are never article text (compared lowercased, without trailing punctuation).
    static let labels: Set<String> = [
        "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "comments", "comment",
        "leave a comment", "leave a reply", "sharing is caring", "share this", "share this article", "share this story",
        "share", "tweet", "share on facebook", "share on twitter", "email", "print", "related", "related articles",
        "related stories", "related posts", "related content", "related coverage", "you may also like",
        "you might also like", "recommended", "recommended for you", "don't miss", "don’t miss", "read more",
        "read next", "more from", "more stories", "most popular", "most read", "trending", "trending now", "tags",
        "topics", "see also", "also read", "continue reading", "click to tweet", "tell us what you think",
        "story continues below", "story continues below advertisement", "article continues below",
        "scroll to continue with content", "skip advertisement", "loading", "loading...", "image", "photo", "video",
        "watch", "listen", "next", "previous", "back to top", "top", "subscribe", "sign up", "log in", "login",
        "learn more", "more", "see more", "show more", "view more", "load more", "view comments", "show comments",
    ]

    /// Openings of lines that introduce links to other articles.
    static let relatedPrefixes: [String] = [
        "related:", "related coverage", "related articles", "related stories", "read more:", "read more »",
        "read more", "see more:", "see also:", "also read:", "also read", "read also:", "more:", "watch:",
        "read:", "recommended:", "more on this", "more from", "leggi anche", "lesen sie auch", "lesen sie mehr",
        "mehr zum thema", "lire aussi", "à lire aussi", "voir aussi", "ver también", "lee también", "leia também",
        "leia mais", "veja também", "baca juga", "zobacz też", "czytaj też", "читайте также", "смотрите также",
    ]

    private static let relatedPrefixBytes = relatedPrefixes.map { Array($0.utf8) }

    /// Openings of datelines and update stamps.
    static let datelinePrefixes: [String] = [
        "updated", "published", "posted", "last updated", "last modified", "first published", "modified",
        "publicado", "atualizado", "actualizado", "aktualisiert", "veröffentlicht", "mis à jour", "publié",
        "pubblicato", "aggiornato", "diterbitkan", "опубликовано", "обновлено",
    ]

    /// Phrases of calls to action and credit lines that close articles.
    static let closingPhrases: [String] = [
        "follow us on", "follow me on", "follow him on", "follow her on", "follow them on", "subscribe to",
        "sign up for", "sign up to", "newsletter", "click here", "may be reached at", "can be reached at",
        "contributed to this report", "additional reporting by", "reporting by", "editing by", "writing by",
        "tell us what you think", "join the conversation",
        "have a tip?", "got a tip?", "share your thoughts", "filed under", "posted in", "tagged with", "tags:",
        "follow @", "on twitter @", "twitter.com/", "if you enjoyed this article", "write to ", "listen to ",
        "on facebook", "on instagram", "on linkedin", "on youtube", "on twitter",
    ]

    /// Whether a paragraph is a label or stamp that is never article text, wherever it appears.
    /// - Parameter text: The paragraph.
    /// - Returns: `true` for labels such as "Advertisement" or "Sharing is caring!".
    static func isLabel(_ text: String) -> Bool {
        guard text.utf8.count <= 120, text.count <= 60 else { return false }
        return labels.contains(normalizedLabel(text))
    }

    /// Whether a link-bearing paragraph announces links to other articles ("Related: …", "READ MORE: …").
    /// - Parameter text: The paragraph.
    /// - Returns: `true` when it opens with a related-links phrase.
    static func isRelatedLinkLine(_ text: String) -> Bool {
        let lower = Array(
            text.prefix(40).lowercased().drop {
                $0 == "(" || $0 == "[" || $0 == "»" || $0 == ">" || $0.isWhitespace
            }.utf8)
        return relatedPrefixBytes.contains { lower.starts(with: $0) }
    }

    /// Whether a short paragraph is a dateline, update stamp or byline ("Updated 1:39 am EST, …", "By Jane Doe").
    /// - Parameter text: The paragraph.
    /// - Returns: `true` for datelines and bylines.
    static func isDatelineOrByline(_ text: String) -> Bool {
        guard text.utf8.count <= 480, text.count <= 120 else { return false }
        let lower = text.lowercased()
        let words = lower.split { !$0.isLetter && !$0.isNumber }
        guard let first = words.first else { return false }
        let hasDigit = lower.contains { $0.isNumber }
        if hasDigit && datelinePrefixes.contains(where: { lower.hasPrefix($0) }) {
            // "Updated 1:39 am EST, Wednesday, November 20, 2019", "Posted on March 30, 2015 by Admin"; not
            // "Published in 1931, the novel was banned for decades."
            let otherWords = words.filter { word in
                !word.allSatisfy(\.isNumber) && !dateWords.contains(word) && !datelineWords.contains(word)
            }
            if otherWords.count <= 3 { return true }
        }
        if (first == "by" || first == "von" || first == "par" || first == "por") && words.count <= 12,
            let second = text.split(separator: " ").dropFirst().first, second.first?.isUppercase == true
        {
            return true
        }
        return isDateOnly(words)
    }

    /// Whether a short paragraph at the end is a call to action or a credit line.
    /// - Parameter text: The paragraph.
    /// - Returns: `true` when it holds a closing phrase.
    static func isClosingLine(_ text: String) -> Bool {
        guard text.utf8.count <= 4 * maxLineLength, text.count <= maxLineLength else { return false }
        let lower = text.lowercased()
        return closingPhrases.contains { lower.contains($0) } || isContactLine(text)
    }

    /// Whether a short line is an e-mail address or a social handle with at most a few words around it.
    private static func isContactLine(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.count <= 8 else { return false }
        return words.contains { word in
            (word.contains("@") && word.contains(".")) || word.hasPrefix("@") || word.contains("twitter.com/")
        }
    }

    /// Month and weekday names, date words and time-zone abbreviations in the languages most news is written in.
    private static let dateWords: Set<Substring> = [
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july",
        "aug", "august", "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu",
        "fri", "sat", "sun", "am", "pm", "a", "m", "p", "at", "on", "of", "de", "the", "utc", "gmt", "est", "edt",
        "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst", "cet", "cest", "ist", "et", "pt", "às", "um", "le", "el",
        "janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
        "novembro", "dezembro", "segunda", "terça", "quarta", "quinta", "sexta", "sábado", "domingo", "feira",
        "enero", "febrero", "marzo", "mayo", "junio", "julio", "septiembre", "octubre", "noviembre", "diciembre",
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars",
        "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "gennaio", "febbraio",
        "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "uhr", "h",
    ]

    /// Words of datelines besides dates: the stamps themselves and "by".
    private static let datelineWords: Set<Substring> = [
        "updated", "published", "posted", "last", "first", "modified", "by", "publicado", "atualizado", "actualizado",
        "aktualisiert", "veröffentlicht", "mis", "à", "jour", "publié", "pubblicato", "aggiornato", "diterbitkan",
        "опубликовано", "обновлено", "in", "em", "en", "am", "il",
    ]

    /// Whether the words are only a date and time.
    private static func isDateOnly(_ words: [Substring]) -> Bool {
        var dateish = 0
        var numbers = 0
        for word in words {
            if word.allSatisfy(\.isNumber) {
                numbers += 1
            } else if dateWords.contains(word) {
                dateish += 1
            } else {
                return false
            }
        }
        return numbers >= 1 && dateish >= 1
    }

    private static func normalizedLabel(_ text: String) -> String {
        var label = Substring(text.lowercased())
        while let first = label.first, !first.isLetter && !first.isNumber { label.removeFirst() }
        while let last = label.last, !last.isLetter && !last.isNumber { label.removeLast() }
        return String(label)
    }
}
