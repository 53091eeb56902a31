/// A cheap byte scan of JSON structure, run before a document is handed to a parser, so that hostile nesting is a
/// clean error instead of deep recursion. It tracks strings and escapes but does not validate anything else.
enum JSONNestingScanner {
    /// The result of a depth scan.
    enum Depth: Equatable {
        /// The deepest nesting of arrays and objects seen (0 for a scalar).
        case within(Int)
        /// The nesting went past the limit.
        case exceeds
    }

    /// Measures how deeply arrays and objects nest, stopping early once `limit` is exceeded.
    /// - Parameters:
    ///   - bytes: JSON text.
    ///   - limit: The deepest nesting allowed.
    /// - Returns: The maximum depth, or `.exceeds`.
    /// - Complexity: O(n), no allocation.
    static func depth<Bytes: Collection<UInt8>>(of bytes: Bytes, limit: Int) -> Depth {
        let result: Depth? = bytes.withContiguousStorageIfAvailable { buffer in
            scanDepth(UnsafeRawBufferPointer(buffer), limit: limit)
        }
        if let result { return result }
        return Array(bytes).withUnsafeBytes { scanDepth($0, limit: limit) }
    }

    /// The index just past the first complete top-level array or object, if it closes within `bytes`.
    /// - Parameter bytes: JSON text starting (after optional whitespace) with `{` or `[`.
    /// - Returns: The index after its closing bracket, or `nil` if it does not close.
    /// - Complexity: O(n).
    static func firstValueEnd(in bytes: ArraySlice<UInt8>) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        var opened = false
        for index in bytes.indices {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                opened = true
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if opened && depth == 0 { return index + 1 }
            default:
                break
            }
        }
        return nil
    }

    private static func scanDepth(_ buffer: UnsafeRawBufferPointer, limit: Int) -> Depth {
        var depth = 0
        var deepest = 0
        var i = 0
        let count = buffer.count
        while i < count {
            let byte = buffer[i]
            if byte == UInt8(ascii: "\"") {
                // Skip the string, honouring backslash escapes.
                i += 1
                while i < count {
                    let c = buffer[i]
                    if c == UInt8(ascii: "\\") {
                        i += 2
                        continue
                    }
                    if c == UInt8(ascii: "\"") { break }
                    i += 1
                }
            } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                depth += 1
                if depth > deepest {
                    deepest = depth
                    if deepest > limit { return .exceeds }
                }
            } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                depth -= 1
            }
            i += 1
        }
        return .within(deepest)
    }
}
