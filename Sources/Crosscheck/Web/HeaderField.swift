/// One `Name: value` line of a WARC or HTTP header block.
public struct HeaderField: Sendable, Hashable {
    /// The field name as written.
    public var name: String
    /// The value, surrounding whitespace removed, continuation lines joined with a space.
    public var value: String

    /// Creates a field.
    /// - Parameters:
    ///   - name: The field name.
    ///   - value: The value.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

extension [HeaderField] {
    /// The value of the first field with a name, compared case-insensitively.
    /// - Parameter name: The field name.
    /// - Returns: The value, or `nil` when absent.
    func value(named name: String) -> String? {
        let key = name.lowercased()
        return first { $0.name.lowercased() == key }?.value
    }

    /// Parses header lines (`Name: value`, with obsolete continuation lines starting with a space or tab).
    /// - Parameter lines: The lines, without line terminators.
    /// - Returns: The fields, or the first line that is not a field.
    static func parse(_ lines: [ArraySlice<UInt8>]) -> Result<[HeaderField], HeaderLineError> {
        var fields: [HeaderField] = []
        for line in lines where !line.isEmpty {
            if line[line.startIndex] == 0x20 || line[line.startIndex] == 0x09, !fields.isEmpty {
                let more = String(decoding: line, as: UTF8.self).trimmedHTMLSpace
                fields[fields.count - 1].value += fields[fields.count - 1].value.isEmpty ? more : " " + more
                continue
            }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex else {
                return .failure(HeaderLineError(line: String(decoding: line.prefix(80), as: UTF8.self)))
            }
            let name = String(decoding: line[line.startIndex ..< colon], as: UTF8.self).trimmedHTMLSpace
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmedHTMLSpace
            fields.append(HeaderField(name: name, value: value))
        }
        return .success(fields)
    }
}

/// A header line that is not `Name: value`.
struct HeaderLineError: Error, Equatable {
    /// The line (at most 80 bytes of it).
    var line: String
}

extension ArraySlice<UInt8> {
    /// The lines of a header block, split at CRLF or LF, without terminators.
    var headerLines: [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        var start = startIndex
        var index = startIndex
        while index < endIndex {
            if self[index] == 0x0A {
                var end = index
                if end > start && self[end - 1] == 0x0D { end -= 1 }
                lines.append(self[start ..< end])
                start = index + 1
            }
            index += 1
        }
        if start < endIndex {
            var end = endIndex
            if self[end - 1] == 0x0D { end -= 1 }
            lines.append(self[start ..< end])
        }
        return lines
    }
}
