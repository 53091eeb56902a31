import Foundation

/// Deterministic JSON encoding for every JSON output: sorted keys, unescaped slashes, `\n` line endings, and
/// pretty-printing (two-space indent) for `json` or one compact line for `jsonl`.
public enum JSONOutput {
    /// Encodes a value.
    /// - Parameters:
    ///   - value: The value to encode.
    ///   - pretty: Indent over several lines (for `json`) instead of one compact line (for `jsonl`).
    /// - Returns: UTF-8 JSON without a trailing newline.
    /// - Throws: `EncodingError` if the value cannot be encoded (an internal error: inputs are always encodable).
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }
}
