import ArgumentParser
import Crosscheck
import Foundation

/// `crosscheck segment FILE...`: shows how Crosscheck cuts articles into paragraphs, sentences and tokens.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Show the paragraphs, sentences and tokens of articles.",
        discussion: """
            Prints every article's paragraphs (headline, body or furniture) and sentences, with Unicode scalar \
            offsets into the article text. Furniture paragraphs (\"Share this:\", \"Advertisement\") have no \
            sentences.

            Example:
              crosscheck segment article.txt --format json --tokens
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "Article files (.json: one article object; anything else: plain text), or - for stdin.")
    var files: [String]

    @Option(help: "Output format: text or json (default: text on a terminal, json otherwise).")
    var format: Format?

    @Flag(help: "Also list every token with its kind.")
    var tokens = false

    @Option(help: "Whether the first line is the headline: auto (when the article has no title), always, never.")
    var headline: String = HeadlineRule.auto.rawValue

    func validate() throws {
        guard HeadlineRule(rawValue: headline) != nil else {
            throw ValidationError("--headline must be auto, always or never, not '\(headline)'")
        }
    }

    func run() throws {
        let rule = HeadlineRule(rawValue: headline) ?? .auto
        var documents = [SegmentedDocument]()
        for path in files {
            let articles: [Article]
            do {
                articles = try loadArticlesForSegment(path)
            } catch {
                FileHandle.standardError.write(Data("crosscheck: \(error)\n".utf8))
                throw ExitCode(2)
            }
            for article in articles {
                documents.append(SegmentedDocument(document: Document(article: article, headline: rule), includeTokens: tokens))
            }
        }
        let chosen = format ?? (isatty(STDOUT_FILENO) != 0 ? .text : .json)
        switch chosen {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(["documents": documents])
            FileHandle.standardOutput.write(data)
            FileHandle.standardOutput.write(Data("\n".utf8))
        case .text:
            FileHandle.standardOutput.write(Data(documents.map { $0.renderedText() }.joined(separator: "\n").utf8))
        }
    }
}

// MARK: - Temporary input reading (to be replaced by the Ingest layer's reader when branches merge)

/// An input file that `segment` could not read.
private struct SegmentInputError: Error, CustomStringConvertible {
    var path: String
    var reason: String
    var description: String { "cannot read '\(path)': \(reason)" }
}

/// Reads the articles of one input for `segment`: a `.json` file is one article object, anything else is plain
/// text whose id is the file name. `-` reads standard input as plain text.
///
/// TEMPORARY: a minimal stand-in for the Ingest layer's reader (formats, gzip, JSONL, limits); the lead rewires
/// `segment` to it when merging.
private func loadArticlesForSegment(_ path: String) throws -> [Article] {
    let data: Data
    if path == "-" {
        data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
        guard let contents = FileManager.default.contents(atPath: path) else {
            throw SegmentInputError(path: path, reason: "no such file or not readable")
        }
        data = contents
    }
    if path.lowercased().hasSuffix(".json") {
        do {
            var article = try JSONDecoder().decode(Article.self, from: data)
            article.origin = ArticleOrigin(path: path)
            return [article]
        } catch {
            throw SegmentInputError(path: path, reason: "not an article object (\(error))")
        }
    }
    guard let text = String(data: data, encoding: .utf8) else {
        throw SegmentInputError(path: path, reason: "not valid UTF-8")
    }
    let id = path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
    return [Article(id: id, text: text, origin: ArticleOrigin(path: path))]
}
