internal import CZlib

/// A streaming zlib inflater for gzip (multi-member), zlib and raw deflate streams: it turns compressed bytes into
/// decompressed bytes one buffer at a time, never holding the whole input.
///
/// It is Crosscheck's one inflater: ``InputReader`` streams compressed files through it, and HTTP bodies with a
/// `Content-Encoding` are inflated in memory through it (``ContentDecoding``).
///
/// After a gzip member ends, the next bytes must start another member or be zero bytes up to the end of the input
/// (padding some tools add); anything else is a corrupt stream. zlib verifies each member's CRC-32 and length, so a
/// damaged member is reported, not silently accepted. Errors name the path and the compressed byte offset.
///
/// The `z_stream` lives at a fixed heap address (zlib keeps a pointer back to it), which is why this is a class.
final class GzipInflater {
    /// Where the inflater is in the stream.
    private enum Phase {
        /// Before the first member, or just after one ended.
        case betweenMembers
        /// Inside a member: more input is needed before the stream may end.
        case inMember
        /// After the last member: only zero bytes may follow.
        case padding
    }

    /// The path, for error messages.
    let path: String
    /// The container format (`.gzip`, `.zlib` or `.deflate`).
    let compression: CompressionFormat
    /// Compressed bytes consumed so far.
    private(set) var consumedBytes = 0
    /// Decompressed bytes produced so far (counted even when a call ends in an error).
    private(set) var producedBytes = 0
    /// Decompressed bytes produced up to the end of the last completed member.
    private(set) var completedOutputBytes = 0
    /// Members (gzip) or streams (zlib) completed so far.
    private(set) var completedMembers = 0

    private let stream: UnsafeMutablePointer<z_stream>
    private var phase = Phase.betweenMembers
    /// Compressed offset where the current member started.
    private var memberStart = 0

    /// Creates an inflater for one input.
    /// - Parameters:
    ///   - path: The input's path, for error messages.
    ///   - compression: `.gzip`, `.zlib` or `.deflate` (`.none` is treated as `.zlib`; callers pass through
    ///     uncompressed data).
    /// - Throws: ``IngestError/corruptStream(path:compression:byteOffset:detail:)`` if zlib cannot be initialised.
    init(path: String, compression: CompressionFormat) throws(IngestError) {
        self.path = path
        self.compression = compression
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // windowBits 15 (32 KiB window); +16 selects the gzip wrapper, plain 15 the zlib wrapper, -15 no wrapper.
        let windowBits: Int32
        switch compression {
        case .gzip: windowBits = 15 + 16
        case .zlib, .none: windowBits = 15
        case .deflate: windowBits = -15
        }
        let status = cc_inflateInit2(stream, windowBits)
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            throw .corruptStream(
                path: path, compression: compression, byteOffset: 0, detail: "zlib init failed (\(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    /// Decompresses as much of `input` as fits into `output`.
    ///
    /// Call repeatedly: when `consumed < input.count` the output buffer was full, so call again with the rest. At
    /// the end of the input, call with an empty `input` until nothing more is produced (zlib may still hold output),
    /// then call ``finish()``.
    /// - Parameters:
    ///   - input: Compressed bytes, continuing where the last call's consumed bytes ended (may be empty).
    ///   - output: Where decompressed bytes are written (at least a few KiB for speed).
    /// - Returns: How many input bytes were consumed and how many output bytes were written; both are 0 only when
    ///   more input is needed (or the stream has ended).
    /// - Throws: ``IngestError/corruptStream(path:compression:byteOffset:detail:)`` on damaged data.
    /// - Complexity: O(consumed + produced).
    func inflate(
        _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
    ) throws(IngestError) -> (consumed: Int, produced: Int) {
        guard let outBase = output.baseAddress else { return (0, 0) }
        let inBase = input.baseAddress
        var inPos = 0
        var outPos = 0
        defer {
            consumedBytes += inPos
            producedBytes += outPos
        }
        work: while outPos < output.count {
            switch phase {
            case .padding:
                while inPos < input.count && input[inPos] == 0 { inPos += 1 }
                if inPos < input.count {
                    throw corrupt(at: consumedBytes + inPos, "unexpected data after zero padding")
                }
                break work
            case .betweenMembers:
                guard inPos < input.count else { break work }
                if completedMembers > 0 {
                    if input[inPos] == 0 {
                        phase = .padding
                        continue
                    }
                    inflateReset(stream)
                }
                memberStart = consumedBytes + inPos
                phase = .inMember
            case .inMember:
                let availIn = UInt32(clamping: input.count - inPos)
                let availOut = UInt32(clamping: output.count - outPos)
                stream.pointee.next_in = inBase.map {
                    UnsafeMutablePointer(mutating: $0.advanced(by: inPos).assumingMemoryBound(to: Bytef.self))
                }
                stream.pointee.avail_in = availIn
                stream.pointee.next_out = outBase.advanced(by: outPos).assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = availOut
                let status = CZlib.inflate(stream, Z_NO_FLUSH)
                let usedIn = Int(availIn - stream.pointee.avail_in)
                let usedOut = Int(availOut - stream.pointee.avail_out)
                inPos += usedIn
                outPos += usedOut
                switch status {
                case Z_OK, Z_BUF_ERROR:
                    // Z_BUF_ERROR: no progress possible, i.e. zlib needs more input.
                    if usedIn == 0 && usedOut == 0 { break work }
                case Z_STREAM_END:
                    completedMembers += 1
                    completedOutputBytes = producedBytes + outPos
                    phase = .betweenMembers
                case Z_NEED_DICT:
                    throw corrupt(at: consumedBytes + inPos, "needs a preset dictionary")
                case Z_MEM_ERROR:
                    throw corrupt(at: consumedBytes + inPos, "out of memory")
                case Z_DATA_ERROR where completedMembers > 0 && stream.pointee.total_out == 0:
                    // A later "member" that does not even start like one: garbage after the last real member.
                    throw corrupt(at: memberStart, "unexpected data after the end of the \(compression) stream")
                default:
                    throw corrupt(at: consumedBytes + inPos, message() ?? "zlib error \(status)")
                }
            }
        }
        return (inPos, outPos)
    }

    /// Checks that the input ended at a member boundary (or in zero padding after one).
    /// - Throws: ``IngestError/truncatedStream(path:compression:byteOffset:)`` if it ended inside a member or before
    ///   any member.
    func finish() throws(IngestError) {
        switch phase {
        case .padding:
            return
        case .betweenMembers where completedMembers > 0:
            return
        case .betweenMembers, .inMember:
            throw .truncatedStream(path: path, compression: compression, byteOffset: consumedBytes)
        }
    }

    private func message() -> String? {
        guard let msg = stream.pointee.msg else { return nil }
        return String(cString: msg)
    }

    private func corrupt(at offset: Int, _ detail: String) -> IngestError {
        .corruptStream(path: path, compression: compression, byteOffset: offset, detail: detail)
    }
}
