import Crosscheck

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Helpers shared by the fuzz targets: turning libFuzzer's raw input into the values the library takes.
public enum FuzzInput {
    /// Copies libFuzzer's input into an array.
    /// - Parameters:
    ///   - data: The input's first byte.
    ///   - size: The input's length.
    /// - Returns: The bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// Splits an input in two at its first `0xFF` byte (which never occurs in UTF-8), or in the middle without one.
    /// - Parameter bytes: The input.
    /// - Returns: The two halves, without the separator.
    public static func halves(_ bytes: [UInt8]) -> (first: [UInt8], second: [UInt8]) {
        if let cut = bytes.firstIndex(of: 0xFF) {
            return (Array(bytes[..<cut]), Array(bytes[(cut + 1)...]))
        }
        let middle = bytes.count / 2
        return (Array(bytes[..<middle]), Array(bytes[middle...]))
    }

    /// Decodes bytes as UTF-8, replacing invalid sequences with U+FFFD.
    /// - Parameter bytes: The bytes.
    /// - Returns: The text.
    public static func text(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Writes bytes to this process's scratch file and returns its path; each call overwrites the previous content.
    /// - Parameters:
    ///   - bytes: The content.
    ///   - suffix: The file name's ending, such as `.jsonl`, which readers use to pick a format.
    /// - Returns: The path, or `nil` when the file cannot be written.
    public static func scratchFile(_ bytes: [UInt8], suffix: String) -> String? {
        let directory = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        let path = "\(directory)/crosscheck-fuzz-\(getpid())\(suffix)"
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var written = 0
        let ok = bytes.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if count <= 0 { return false }
                written += count
            }
            return true
        }
        return ok ? path : nil
    }
}

extension FuzzInput {
    /// Reports a broken invariant as a finding: prints the message and aborts, which libFuzzer records as a crash.
    /// - Parameters:
    ///   - condition: The invariant.
    ///   - message: What broke.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        print("invariant broken: \(message())")
        abort()
    }

    /// Checks the offset contract on a span a user would see: non-empty, inside the text, and its `text` exactly the
    /// slice it cites.
    /// - Parameters:
    ///   - span: The span.
    ///   - text: The text it points into.
    ///   - what: What the span is, for the message.
    public static func requireSlice(_ span: Span, of text: SourceText, _ what: @autoclosure () -> String) {
        require(
            0 <= span.start && span.start < span.end && span.end <= text.scalarCount,
            "\(what()) \(span.start)..<\(span.end) empty or outside the text")
        require(
            text.text(text.byteRange(scalars: span.start ..< span.end)) == span.text,
            "\(what()) text is not the cited slice")
    }

    /// A document built from lossily decoded bytes, the way every analysis target starts.
    /// - Parameters:
    ///   - bytes: The article text's bytes.
    ///   - id: The article's identifier.
    /// - Returns: The analysed document.
    public static func document(_ bytes: [UInt8], id: String = "fuzz") -> Document {
        Document(article: Article(id: id, text: text(bytes)))
    }
}
