/// A problem a corpus run skipped over instead of stopping: a bad record (malformed JSON line, bad WARC record,
/// oversize article), the rest of an input (corrupt or truncated compressed data, an unreadable file), or a story.
public struct CorpusIssue: Sendable, CustomStringConvertible {
    /// What was skipped.
    public enum Skipped: String, Sendable {
        /// One record (line or WARC record); reading went on with the next.
        case record
        /// The rest of the input from the point of the error; what was read before is kept.
        case restOfInput = "rest of input"
        /// A story whose check ran longer than ``CorpusOptions/storyTimeout``.
        case storyCheck = "story check"
    }

    /// What was skipped.
    public var skipped: Skipped
    /// The error, naming the file and the line, record or byte.
    public var message: String

    /// `skipped record: 'a.jsonl.gz': line 7: invalid JSON (…)`.
    public var description: String { "skipped \(skipped.rawValue): \(message)" }

    /// Whether an ingest error spoils only its record (reading can go on) or the rest of the input.
    /// - Parameter error: The error.
    /// - Returns: `.record` or `.restOfInput`.
    static func scope(of error: IngestError) -> Skipped {
        switch error {
        case .invalidUTF8(_, let line, _), .jsonTooDeep(_, let line, _), .invalidJSON(_, let line, _),
            .notAnArticle(_, let line, _), .missingField(_, let line, _), .invalidField(_, let line, _, _),
            .articleTooLarge(_, let line, _):
            return line == nil ? .restOfInput : .record
        case .web(_, let web):
            switch web {
            case .documentTooLarge, .malformedHTTPResponse, .contentDecodingFailed: return .record
            default: return .restOfInput
            }
        default:
            return .restOfInput
        }
    }
}
