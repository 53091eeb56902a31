#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Reads one input — a file, or standard input for `-` — in chunks, detecting gzip and zlib compression from the
/// first bytes and decompressing on the fly, while enforcing the size and ratio limits of ``InputLimits``.
///
/// Memory stays bounded by the chunk size whatever the input size: compressed input is read with POSIX `read` into
/// one buffer and inflated into another. Uncompressed input passes through unchanged.
///
/// ```swift
/// let reader = try InputReader(path: "corpus/a.jsonl.gz")
/// while let chunk = try reader.nextChunk() {
///     consume(chunk)  // valid until the next call
/// }
/// ```
public final class InputReader {
    /// The default size of the read and inflate buffers: 256 KiB.
    public static let defaultChunkSize = 256 << 10

    /// The path as given (`-` for standard input).
    public let path: String
    /// The limits enforced while reading.
    public let limits: InputLimits
    /// The compression detected from the first bytes.
    public let compression: CompressionFormat
    /// Bytes read from the file or stream so far (compressed bytes, for compressed input).
    public private(set) var bytesRead = 0
    /// Decompressed bytes returned so far (including any handed out by ``peek(atLeast:)``).
    public private(set) var bytesProduced = 0

    private let fileDescriptor: Int32
    private let ownsFileDescriptor: Bool
    /// The size of the input when it is a regular file.
    private let regularFileBytes: Int?
    /// How much of a regular file the initializer reads to detect its compression.
    private static let detectionBytes = 4096
    /// The read buffer: ``chunkBytes`` long once the input is read chunk by chunk; until then, for a regular
    /// file, only as long as the bytes read to detect the compression.
    private var inBuffer: UnsafeMutableRawBufferPointer
    /// The size of a full read buffer.
    private let chunkBytes: Int
    private var inStart = 0
    private var inEnd = 0
    private var endOfInput = false
    private let outBuffer: UnsafeMutableRawBufferPointer
    private let inflater: GzipInflater?
    private var lookahead: UnsafeMutableRawBufferPointer?
    private var lookaheadCount = 0
    private var lookaheadServed = false
    private var finished = false

    /// Opens a file, or standard input when `path` is `-`, and detects its compression.
    /// - Parameters:
    ///   - path: The file path, or `-`.
    ///   - limits: The limits to enforce.
    ///   - chunkSize: The size of the read and inflate buffers (at least 16 bytes).
    /// - Throws: ``IngestError/cannotOpen(path:reason:)`` if the file cannot be opened or is a directory,
    ///   ``IngestError/inputTooLarge(path:limit:)`` if a regular file is over the limit, or a read error.
    public convenience init(
        path: String, limits: InputLimits = .default, chunkSize: Int = InputReader.defaultChunkSize
    ) throws(IngestError) {
        if path == "-" {
            try self.init(
                fileDescriptor: STDIN_FILENO, closeWhenDone: false, path: path, limits: limits, chunkSize: chunkSize)
            return
        }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw .cannotOpen(path: path, reason: SystemErrorMessage.text(errno)) }
        try self.init(fileDescriptor: fd, closeWhenDone: true, path: path, limits: limits, chunkSize: chunkSize)
    }

    /// Reads from an open file descriptor (a pipe, a socket, a file).
    /// - Parameters:
    ///   - fileDescriptor: The descriptor to read from.
    ///   - closeWhenDone: Whether to close it when the reader is deallocated (it is closed on a failed init too).
    ///   - path: The name used in error messages.
    ///   - limits: The limits to enforce.
    ///   - chunkSize: The size of the read and inflate buffers.
    /// - Throws: ``IngestError/cannotOpen(path:reason:)`` for a directory, ``IngestError/inputTooLarge(path:limit:)``
    ///   for a regular file over the limit, or a read error while detecting the compression.
    public init(
        fileDescriptor: Int32, closeWhenDone: Bool, path: String, limits: InputLimits = .default,
        chunkSize: Int = InputReader.defaultChunkSize
    ) throws(IngestError) {
        var info = stat()
        var regularFileBytes: Int?
        if fstat(fileDescriptor, &info) == 0 {
            let type = info.st_mode & S_IFMT
            var failure: IngestError?
            if type == S_IFDIR {
                failure = .cannotOpen(path: path, reason: "is a directory")
            } else if type == S_IFREG && Int(info.st_size) > limits.maxInputBytes {
                failure = .inputTooLarge(path: path, limit: limits.maxInputBytes)
            }
            if let failure {
                if closeWhenDone { close(fileDescriptor) }
                throw failure
            }
            if type == S_IFREG { regularFileBytes = Int(info.st_size) }
        }
        let size = max(chunkSize, 16)
        self.path = path
        self.limits = limits
        self.fileDescriptor = fileDescriptor
        self.ownsFileDescriptor = closeWhenDone
        self.regularFileBytes = regularFileBytes
        // A regular file shorter than a chunk needs no more room than itself (and one byte to see its end).
        let chunkBytes = min(size, max((regularFileBytes ?? size) + 1, 16))
        self.chunkBytes = chunkBytes
        // Read at least two bytes (or to the end) before choosing a decoder: pipes may deliver one byte at a time.
        // From a regular file only its first bytes are read here, into a buffer of that size, so that ``readAll()``
        // can read the rest of an uncompressed file straight into its array; the buffer grows to a chunk when
        // needed.
        let inBuffer = UnsafeMutableRawBufferPointer.allocate(
            byteCount: regularFileBytes == nil ? chunkBytes : min(chunkBytes, Self.detectionBytes), alignment: 16)
        self.inBuffer = inBuffer
        var detected = CompressionFormat.none
        var readError: IngestError?
        do throws(IngestError) {
            while inEnd < 2 && !endOfInput {
                try Self.fill(fileDescriptor, path, limits, inBuffer, &inEnd, &endOfInput, &bytesRead)
            }
            detected = CompressionFormat.detect(prefix: UnsafeRawBufferPointer(rebasing: inBuffer[0 ..< inEnd]))
        } catch {
            readError = error
        }
        compression = detected
        // Only a decompressing reader uses the output buffer.
        outBuffer = .allocate(byteCount: detected == .none ? 16 : size, alignment: 16)
        do throws(IngestError) {
            if let readError { throw readError }
            inflater = detected == .none ? nil : try GzipInflater(path: path, compression: detected)
        } catch {
            inflater = nil
            throw error  // deinit releases the buffers and descriptor
        }
        if detected != .none { growReadBuffer() }
    }

    deinit {
        inBuffer.deallocate()
        outBuffer.deallocate()
        lookahead?.deallocate()
        if ownsFileDescriptor { close(fileDescriptor) }
    }

    /// Returns the next chunk of decompressed bytes, or `nil` at the end of the input.
    ///
    /// The buffer is owned by the reader and stays valid only until the next call to ``nextChunk()``,
    /// ``peek(atLeast:)`` or ``readAll()``, or until the reader is deallocated; copy what you keep. Chunks are never
    /// empty.
    /// - Returns: The next bytes, or `nil` at the end (after checking the compressed stream ended cleanly).
    /// - Throws: ``IngestError`` for read failures, truncated or corrupt streams, and exceeded limits.
    /// - Complexity: O(chunk size) per call.
    public func nextChunk() throws(IngestError) -> UnsafeRawBufferPointer? {
        if let lookahead, !lookaheadServed {
            lookaheadServed = true
            if lookaheadCount > 0 { return UnsafeRawBufferPointer(rebasing: lookahead[0 ..< lookaheadCount]) }
        }
        return try produce()
    }

    /// Makes sure at least `count` decompressed bytes (or all of a shorter input) are buffered, and returns the
    /// buffered bytes without consuming them: the next ``nextChunk()`` starts with them.
    ///
    /// Use it to sniff a format before reading. Call it before the first ``nextChunk()``.
    /// - Parameter count: The number of bytes wanted.
    /// - Returns: The first bytes of the decompressed input (possibly more than `count`, fewer only at the end).
    /// - Throws: ``IngestError`` as ``nextChunk()`` does.
    public func peek(atLeast count: Int) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        if let lookahead { bytes.append(contentsOf: lookahead[0 ..< lookaheadCount]) }
        while bytes.count < count, let chunk = try produce() {
            bytes.append(contentsOf: chunk)
        }
        lookahead?.deallocate()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { source in
            if let base = source.baseAddress, let target = buffer.baseAddress {
                target.copyMemory(from: base, byteCount: source.count)
            }
        }
        lookahead = buffer
        lookaheadCount = bytes.count
        lookaheadServed = false
        return bytes
    }

    /// Reads the rest of the input into one array.
    /// - Returns: All remaining decompressed bytes.
    /// - Throws: ``IngestError`` as ``nextChunk()`` does.
    /// - Complexity: O(n) in the decompressed size; memory too.
    public func readAll() throws(IngestError) -> [UInt8] {
        try readRest(limit: Int.max, exceeded: nil)
    }

    /// Reads the rest of the input into one array, failing as soon as it grows past `limit` bytes, so an oversized
    /// whole-document input is rejected without being held in memory.
    /// - Parameters:
    ///   - limit: The most bytes accepted.
    ///   - exceeded: The error thrown when the input is longer.
    /// - Returns: All remaining decompressed bytes.
    /// - Throws: `exceeded`, or ``IngestError`` as ``nextChunk()`` does.
    func readAll(limit: Int, exceeded: IngestError) throws(IngestError) -> [UInt8] {
        try readRest(limit: limit, exceeded: exceeded)
    }

    /// Makes the read buffer a full chunk, keeping the bytes in it.
    private func growReadBuffer() {
        guard inBuffer.count < chunkBytes else { return }
        let grown = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkBytes, alignment: 16)
        grown.copyMemory(from: UnsafeRawBufferPointer(rebasing: inBuffer[0 ..< inEnd]))
        inBuffer.deallocate()
        inBuffer = grown
    }

    /// ``readAll()`` and ``readAll(limit:exceeded:)``: the bytes already buffered, then the rest of an uncompressed
    /// regular file read straight into the array (sized once by the file's size, so no buffer in between and no
    /// growing copy), then whatever is left (a file that grew, a pipe, decompressed bytes) chunk by chunk. Every
    /// `read` and every check happens as it would chunk by chunk: the same errors for the same inputs.
    private func readRest(limit: Int, exceeded: IngestError?) throws(IngestError) -> [UInt8] {
        var bytes: [UInt8] = []
        func take(_ chunk: UnsafeRawBufferPointer) throws(IngestError) {
            if let exceeded, chunk.count > limit - bytes.count { throw exceeded }
            bytes.append(contentsOf: chunk)
        }
        guard compression == .none, let fileBytes = regularFileBytes else {
            while let chunk = try nextChunk() { try take(chunk) }
            return bytes
        }
        var failure: IngestError?
        // Buffered bytes that did not fit (only if the file grew after it was opened).
        var overflow: [UInt8] = []
        let capacity = min(fileBytes, max(limit, 0)) + 1
        bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            guard let base = buffer.baseAddress else { return }
            do throws(IngestError) {
                // Bytes already buffered: peeked, or read while detecting the compression.
                while lookahead != nil && !lookaheadServed || inStart < inEnd, let chunk = try nextChunk() {
                    if let exceeded, chunk.count > limit - count - overflow.count { throw exceeded }
                    if !overflow.isEmpty || chunk.count > buffer.count - count {
                        overflow.append(contentsOf: chunk)
                        continue
                    }
                    UnsafeMutableRawBufferPointer(start: base + count, count: chunk.count).copyMemory(from: chunk)
                    count += chunk.count
                }
                // The rest, one chunk-sized `read` at a time, into the array.
                while overflow.isEmpty && !endOfInput && !finished && count < buffer.count {
                    let room = UnsafeMutableRawBufferPointer(
                        start: base + count, count: min(buffer.count - count, chunkBytes))
                    var end = 0
                    try Self.fill(fileDescriptor, path, limits, room, &end, &endOfInput, &bytesRead)
                    guard end > 0 else { continue }
                    try account(end, compressedSoFar: nil)
                    if let exceeded, end > limit - count { throw exceeded }
                    count += end
                }
            } catch {
                failure = error
            }
        }
        if let failure { throw failure }
        bytes.append(contentsOf: overflow)
        // Anything past the size the file had when opened.
        while let chunk = try nextChunk() { try take(chunk) }
        return bytes
    }

    // MARK: - Producing bytes

    private func produce() throws(IngestError) -> UnsafeRawBufferPointer? {
        if finished { return nil }
        guard let inflater else { return try passThrough() }
        while true {
            if inStart == inEnd && !endOfInput {
                inStart = 0
                inEnd = 0
                try Self.fill(fileDescriptor, path, limits, inBuffer, &inEnd, &endOfInput, &bytesRead)
                continue
            }
            // At the end of the input this is called with no input, to drain what zlib still holds.
            let (consumed, produced) = try inflater.inflate(
                UnsafeRawBufferPointer(rebasing: inBuffer[inStart ..< inEnd]), into: outBuffer)
            inStart += consumed
            if produced > 0 {
                try account(produced, compressedSoFar: inflater.consumedBytes)
                return UnsafeRawBufferPointer(rebasing: outBuffer[0 ..< produced])
            }
            if inStart == inEnd && endOfInput {
                try inflater.finish()
                finished = true
                return nil
            }
            if consumed == 0 && inStart < inEnd {
                // Input and output space available but no progress: never expected from zlib; do not spin.
                throw .corruptStream(
                    path: path, compression: compression, byteOffset: inflater.consumedBytes, detail: "no progress")
            }
        }
    }

    private func passThrough() throws(IngestError) -> UnsafeRawBufferPointer? {
        if inStart == inEnd {
            if endOfInput {
                finished = true
                return nil
            }
            inStart = 0
            inEnd = 0
            growReadBuffer()
            while inEnd == 0 && !endOfInput {
                try Self.fill(fileDescriptor, path, limits, inBuffer, &inEnd, &endOfInput, &bytesRead)
            }
            if inEnd == 0 {
                finished = true
                return nil
            }
        }
        let chunk = UnsafeRawBufferPointer(rebasing: inBuffer[inStart ..< inEnd])
        inStart = inEnd
        try account(chunk.count, compressedSoFar: nil)
        return chunk
    }

    private func account(_ produced: Int, compressedSoFar: Int?) throws(IngestError) {
        bytesProduced += produced
        if bytesProduced > limits.maxDecompressedBytes {
            throw .decompressedTooLarge(path: path, limit: limits.maxDecompressedBytes)
        }
        if let compressed = compressedSoFar, bytesProduced > limits.ratioGraceBytes {
            let (allowed, overflow) = limits.maxCompressionRatio.multipliedReportingOverflow(by: max(compressed, 1))
            if !overflow && bytesProduced > allowed {
                throw .compressionRatioTooHigh(path: path, byteOffset: compressed, limit: limits.maxCompressionRatio)
            }
        }
    }

    /// Reads once into `buffer[end...]`, retrying on EINTR; sets `endOfInput` when `read` returns 0.
    private static func fill(
        _ fd: Int32, _ path: String, _ limits: InputLimits, _ buffer: UnsafeMutableRawBufferPointer,
        _ end: inout Int, _ endOfInput: inout Bool, _ total: inout Int
    ) throws(IngestError) {
        guard let base = buffer.baseAddress else { return }
        while true {
            let count = read(fd, base.advanced(by: end), buffer.count - end)
            if count > 0 {
                end += count
                total += count
                if total > limits.maxInputBytes { throw .inputTooLarge(path: path, limit: limits.maxInputBytes) }
                return
            }
            if count == 0 {
                endOfInput = true
                return
            }
            let code = errno
            if code == EINTR { continue }
            throw .readFailed(path: path, reason: SystemErrorMessage.text(code))
        }
    }
}
