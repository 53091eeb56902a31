import CrosscheckTestSupport
import Foundation

@testable import Crosscheck

/// Made-up stories for the corpus tests: each story has its own sentences of invented words, so unrelated stories
/// share almost no word shingles, while versions and outlets of one story share most of theirs.
enum CorpusStories {
    private static let syllables = [
        "ka", "lo", "mi", "ra", "te", "su", "no", "vi", "de", "ba", "zu", "pe", "go", "ri", "fa", "lu", "ne", "to",
        "si", "wa", "he", "jo", "ku", "ma",
    ]

    /// One invented word.
    static func word(_ random: inout SplitMix64) -> String {
        (0 ..< Int.random(in: 2 ... 3, using: &random)).map { _ in syllables.randomElement(using: &random) ?? "ka" }
            .joined()
    }

    /// `count` sentences of invented words, some with a number.
    static func sentences(_ count: Int, _ random: inout SplitMix64) -> [String] {
        (0 ..< count).map { index in
            var words = (0 ..< Int.random(in: 10 ... 16, using: &random)).map { _ in word(&random) }
            if index % 3 == 0 { words.insert("\(Int.random(in: 10 ... 900, using: &random))", at: 2) }
            let text = words.joined(separator: " ")
            return text.prefix(1).uppercased() + text.dropFirst() + "."
        }
    }

    /// A JSONL line of an article.
    static func line(
        id: String, source: String, url: String?, published: String, text: String, extra: [String: String] = [:]
    ) -> String {
        var object: [String: String] = ["id": id, "source": source, "published": published, "text": text]
        if let url { object["url"] = url }
        for (key, value) in extra { object[key] = value }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// `count` unrelated one-article stories from outlet "A" (ids `<prefix>0`, `<prefix>1`…, each under its own URL,
    /// all published 2024-03-01), as JSONL lines.
    static func separateArticles(
        _ count: Int, prefix: String, sentences perArticle: Int, _ random: inout SplitMix64
    ) -> [String] {
        (0 ..< count).map { index in
            line(
                id: "\(prefix)\(index)", source: "A", url: "https://a/\(index)", published: "2024-03-01",
                text: sentences(perArticle, &random).joined(separator: " "))
        }
    }

    /// A corpus of `stories` stories, each with one to three versions under one URL and an outlet's rewrite under
    /// another, interleaved in time order; returns the JSONL text and the gold story of every id.
    static func corpus(stories: Int, seed: UInt64) -> (jsonl: String, gold: [String: Int]) {
        var random = SplitMix64(seed: seed)
        var lines: [(Int, String)] = []
        var gold: [String: Int] = [:]
        for story in 0 ..< stories {
            var text = sentences(12, &random)
            let start = story * 600
            let versions = Int.random(in: 1 ... 3, using: &random)
            for version in 0 ..< versions {
                if version > 0 { text[Int.random(in: 0 ..< text.count, using: &random)] = sentences(1, &random)[0] }
                let id = "s\(story)-a-v\(version + 1)"
                gold[id] = story
                let minute = start + version * 90
                lines.append(
                    (
                        minute,
                        line(
                            id: id, source: "Outlet A", url: "https://a.example/\(story)", published: time(minute),
                            text: text.joined(separator: " "))
                    ))
            }
            var rewrite = text
            rewrite[0] = sentences(1, &random)[0]
            rewrite.swapAt(1, 2)
            let id = "s\(story)-b"
            gold[id] = story
            lines.append(
                (
                    start + 45,
                    line(
                        id: id, source: "Outlet B", url: "https://b.example/\(story)", published: time(start + 45),
                        text: rewrite.joined(separator: " "))
                ))
        }
        lines.sort { $0.0 < $1.0 }
        return (lines.map(\.1).joined(separator: "\n") + "\n", gold)
    }

    /// `2024-03-01T00:00:00Z` plus `minutes`.
    static func time(_ minutes: Int) -> String {
        let day = 1 + minutes / 1440
        let hour = (minutes % 1440) / 60
        let minute = minutes % 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "2024-03-\(two(day))T\(two(hour)):\(two(minute)):00Z"
    }
}
