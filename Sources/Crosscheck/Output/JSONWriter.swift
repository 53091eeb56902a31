/// A streaming writer of compact JSON into a byte buffer, for outputs too large for `JSONEncoder` (a 10 MB diff
/// writes tens of megabytes of JSON).
///
/// The output has the same form as ``JSONOutput/encode(_:pretty:)`` with `pretty: false`: no spaces, slashes not
/// escaped, strings escaped as Foundation escapes them (`\"`, `\\`, `\b`, `\t`, `\n`, `\f`, `\r`, other control
/// characters as `\u00xx`; everything else, including non-ASCII, written as UTF-8). Keys are written in the order
/// the caller gives them: callers write them sorted, as every Crosscheck JSON output is.
///
/// ```swift
/// var json = JSONWriter()
/// json.beginObject()
/// json.key("end"); json.int(3)
/// json.key("start"); json.int(0)
/// json.endObject()  // {"end":3,"start":0}
/// ```
public struct JSONWriter: Sendable {
    /// The JSON written so far.
    public private(set) var bytes: [UInt8]
    /// Whether the next value or key needs a comma before it.
    private var needsComma = false

    /// Creates an empty writer.
    /// - Parameter capacity: Bytes to reserve.
    public init(capacity: Int = 0) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Takes the bytes written so far and empties the buffer (its capacity is kept), so output can be flushed in
    /// pieces while writing continues.
    /// - Returns: The bytes written since the last call.
    public mutating func take() -> [UInt8] {
        let taken = bytes
        bytes.removeAll(keepingCapacity: true)
        return taken
    }

    /// Hands the bytes written so far to `body` and empties the buffer, keeping its storage, so a long document can
    /// be written out in pieces through one reused buffer.
    /// - Parameter body: Receives the pending bytes (valid only during the call).
    /// - Throws: What `body` throws; the buffer is emptied either way.
    public mutating func drain<E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> Void) throws(E) {
        defer { bytes.removeAll(keepingCapacity: true) }
        let result = bytes.withUnsafeBytes { raw in Result { () throws(E) in try body(raw) } }
        try result.get()
    }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    /// Opens an object (`{`).
    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes the innermost object (`}`).
    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Opens an array (`[`).
    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes the innermost array (`]`).
    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes an object key; the next call writes its value.
    /// - Parameter name: The key, written escaped.
    public mutating func key(_ name: String) {
        separate()
        appendEscaped(name)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    /// Writes a string value.
    /// - Parameter value: The string.
    /// - Complexity: O(length of the string).
    public mutating func string(_ value: String) {
        separate()
        appendEscaped(value)
        needsComma = true
    }

    /// Writes a string value given as UTF-8 bytes (which must be valid UTF-8, e.g. a slice of a ``SourceText`` on
    /// scalar boundaries).
    /// - Parameters:
    ///   - utf8: The bytes.
    ///   - range: The part of `utf8` to write.
    /// - Complexity: O(length of the range).
    public mutating func string(utf8: [UInt8], range: Range<Int>) {
        separate()
        utf8.withUnsafeBufferPointer { all in
            appendEscaped(UnsafeBufferPointer(rebasing: all[range.clamped(to: 0 ..< all.count)]))
        }
        needsComma = true
    }

    /// Writes a string value whose contents are already escaped (bytes this writer wrote for the same text).
    /// - Parameter escaped: The escaped contents, without the quotation marks.
    mutating func string(escaped: [UInt8]) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: escaped)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes a string value whose escaped contents `body` produces: it is called between the quotation marks and
    /// may drain the writer and hand the contents to the same sink itself (so a long text need not pass through the
    /// buffer).
    /// - Parameter body: Writes or emits the escaped contents, without quotation marks.
    /// - Throws: What `body` throws.
    mutating func string<E: Error>(escapedBy body: (inout JSONWriter) throws(E) -> Void) throws(E) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        try body(&self)
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes a string value whose escaped contents this writer has already written, at `range` of ``bytes`` (the
    /// inside of an earlier string value): the bytes are copied, not escaped again.
    /// - Parameter range: The earlier string's contents, without its quotation marks.
    /// - Complexity: O(length of the range), one copy.
    mutating func string(escapedAt range: Range<Int>) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        let source = range.clamped(to: 0 ..< bytes.count)
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: source.count))
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress, !source.isEmpty else { return }
            (base + start).copyMemory(from: base + source.lowerBound, byteCount: source.count)
        }
        bytes.append(UInt8(ascii: "\""))
        needsComma = true
    }

    /// Writes an integer value.
    /// - Parameter value: The integer.
    /// - Complexity: O(digits), written straight into the buffer (no intermediate string).
    public mutating func int(_ value: Int) {
        separate()
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        if magnitude < 10 {
            bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude))
        } else {
            // 24 bytes hold the 20 digits of the largest magnitude; digits are written from the end.
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &digits) { buffer in
                var start = buffer.count
                repeat {
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                    magnitude /= 10
                } while magnitude != 0
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[start...]))
            }
        }
        needsComma = true
    }

    /// Writes an object key known at compile time not to need escaping (ASCII letters), copied as is.
    /// - Parameter name: The key.
    mutating func key(plain name: StaticString) {
        // The comma, quotation marks and colon are put around the name on the stack and appended at once.
        let length = name.utf8CodeUnitCount
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length + 4) { buffer in
            guard let base = buffer.baseAddress else { return }
            var k = 0
            if needsComma {
                base[k] = UInt8(ascii: ",")
                k += 1
            }
            base[k] = UInt8(ascii: "\"")
            (base + k + 1).initialize(from: name.utf8Start, count: length)
            k += length + 1
            base[k] = UInt8(ascii: "\"")
            base[k + 1] = UInt8(ascii: ":")
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: k + 2))
        }
        needsComma = false
    }

    /// Writes `true` or `false`.
    /// - Parameter value: The Boolean.
    public mutating func bool(_ value: Bool) {
        separate()
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        separate()
        bytes.append(contentsOf: Self.nullBytes)
        needsComma = true
    }

    /// Appends a key and a string value, or nothing when the value is `nil` (as `encodeIfPresent` does).
    /// - Parameters:
    ///   - name: The key.
    ///   - value: The value, if any.
    public mutating func field(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        string(value)
    }

    /// Appends raw bytes that are already JSON (e.g. a newline after the document).
    /// - Parameter raw: The bytes, written as they are.
    public mutating func raw(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
    }

    /// Writes a value that is already encoded JSON (e.g. made by ``JSONOutput/encode(_:pretty:)``), with the comma
    /// before it when one is needed.
    /// - Parameter encoded: One complete JSON value.
    public mutating func value(encoded: [UInt8]) {
        separate()
        bytes.append(contentsOf: encoded)
        needsComma = true
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)
    private static let nullBytes = Array("null".utf8)
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of an 8-byte word is below 0x20, a quote or a backslash (bytes of multi-byte UTF-8
    /// sequences are at least 0x80 and never match).
    @inline(__always) private static func needsEscape(_ word: UInt64) -> Bool {
        func hasZeroByte(_ v: UInt64) -> Bool { (v &- ones) & ~v & highs != 0 }
        let below = (word &- ones &* 0x20) & ~word & highs
        return below != 0 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// Bit 7 set in (at least) the first byte of an 8-byte word that is below 0x20, a quote or a backslash; zero
    /// when there is none. Branch-free, for skipping long plain runs.
    @inline(__always) private static func escapeMarks(_ word: UInt64) -> UInt64 {
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        return ((word &- ones &* 0x20) & ~word | (quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
    }

    private mutating func appendEscaped(_ string: String) {
        var copy = string
        copy.withUTF8 { appendEscaped($0) }
    }

    /// Writes `"…"` with the escapes described on the type; runs of plain bytes are copied at once.
    private mutating func appendEscaped(_ source: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var i = 0
        let raw = UnsafeRawBufferPointer(source)
        while i < source.count {
            // Skip 16, then 8 plain bytes at a time: none below 0x20, none a quote or a backslash.
            while i + 16 <= source.count
                && Self.escapeMarks(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    | Self.escapeMarks(raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) == 0
            {
                i += 16
            }
            if i >= source.count { break }
            if i + 8 <= source.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if !Self.needsEscape(word) {
                    i += 8
                    continue
                }
            }
            let byte = source[i]
            if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
                i += 1
                continue
            }
            if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart ..< i])) }
            bytes.append(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hexDigits[Int(byte >> 4)])
                bytes.append(Self.hexDigits[Int(byte & 0x0F)])
            }
            i += 1
            runStart = i
        }
        if source.count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart...])) }
        bytes.append(UInt8(ascii: "\""))
    }
}
