#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Splits the decompressed bytes of an ``InputReader`` into lines (`\n` or `\r\n`), streaming, with a limit on line
/// length so one endless line cannot exhaust memory.
///
/// Lines that lie inside one chunk are handed out without copying; a line that spans chunks is assembled in a
/// buffer that grows only up to ``InputLimits/maxLineBytes``.
final class LineReader {
    /// One line, without its line break.
    struct Line {
        /// 1-based line number.
        var number: Int
        /// Offset of the line's first byte in the decompressed input.
        var byteOffset: Int
        /// The line's bytes; valid until the next call to ``LineReader/next()``.
        var bytes: UnsafeRawBufferPointer
    }

    private let reader: InputReader
    private let maxLineBytes: Int
    private var chunk = UnsafeRawBufferPointer(start: nil, count: 0)
    private var position = 0
    /// Decompressed bytes before `chunk`.
    private var chunkOffset = 0
    private var carry = UnsafeMutableRawBufferPointer(start: nil, count: 0)
    private var carryCount = 0
    private var carryOffset = 0
    private var carryHandedOut = false
    private var lineNumber = 0

    /// Creates a line reader.
    /// - Parameters:
    ///   - reader: The input; the line reader takes over reading from it.
    ///   - maxLineBytes: The longest line accepted.
    init(reader: InputReader, maxLineBytes: Int) {
        self.reader = reader
        self.maxLineBytes = maxLineBytes
    }

    deinit { carry.deallocate() }

    /// Returns the next line, or `nil` at the end of the input. A last line without a line break is still a line.
    /// - Throws: ``IngestError/lineTooLong(path:line:limit:)``, or any error of the underlying reader.
    /// - Complexity: O(line length) amortised.
    func next() throws(IngestError) -> Line? {
        if carryHandedOut {
            carryCount = 0
            carryHandedOut = false
        }
        while true {
            if position == chunk.count {
                chunkOffset += chunk.count
                guard let next = try reader.nextChunk() else {
                    chunk = UnsafeRawBufferPointer(start: nil, count: 0)
                    position = 0
                    guard carryCount > 0 else { return nil }
                    return handOutCarry()
                }
                chunk = next
                position = 0
            }
            guard let base = chunk.baseAddress else { continue }
            let available = chunk.count - position
            if let found = memchr(base + position, 0x0A, available) {
                let end = base.distance(to: UnsafeRawPointer(found))
                if carryCount == 0 {
                    let length = end - position
                    try checkLength(length)
                    lineNumber += 1
                    let line = Line(
                        number: lineNumber, byteOffset: chunkOffset + position,
                        bytes: Self.trimmingCarriageReturn(UnsafeRawBufferPointer(rebasing: chunk[position ..< end])))
                    position = end + 1
                    return line
                }
                try append(UnsafeRawBufferPointer(rebasing: chunk[position ..< end]))
                position = end + 1
                return handOutCarry()
            }
            if carryCount == 0 { carryOffset = chunkOffset + position }
            try append(UnsafeRawBufferPointer(rebasing: chunk[position...]))
            position = chunk.count
        }
    }

    private func handOutCarry() -> Line {
        lineNumber += 1
        carryHandedOut = true
        let bytes = UnsafeRawBufferPointer(rebasing: carry[0 ..< carryCount])
        return Line(number: lineNumber, byteOffset: carryOffset, bytes: Self.trimmingCarriageReturn(bytes))
    }

    private func checkLength(_ length: Int) throws(IngestError) {
        if length > maxLineBytes {
            throw .lineTooLong(path: reader.path, line: lineNumber + 1, limit: maxLineBytes)
        }
    }

    private func append(_ bytes: UnsafeRawBufferPointer) throws(IngestError) {
        let needed = carryCount + bytes.count
        try checkLength(needed)
        if needed > carry.count {
            let grown = UnsafeMutableRawBufferPointer.allocate(
                byteCount: max(needed, carry.count * 2, 4096), alignment: 16)
            if carryCount > 0, let from = carry.baseAddress, let to = grown.baseAddress {
                to.copyMemory(from: from, byteCount: carryCount)
            }
            carry.deallocate()
            carry = grown
        }
        if let from = bytes.baseAddress, let to = carry.baseAddress {
            (to + carryCount).copyMemory(from: from, byteCount: bytes.count)
        }
        carryCount = needed
    }

    private static func trimmingCarriageReturn(_ bytes: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        if let last = bytes.last, last == 0x0D { return UnsafeRawBufferPointer(rebasing: bytes.dropLast()) }
        return bytes
    }
}
