internal import CIsal
internal import CZlib

/// A streaming inflater for gzip (multi-member), zlib and raw deflate streams: it turns compressed bytes into
/// decompressed bytes one buffer at a time, never holding the whole input.
///
/// It is Crosscheck's one inflater: ``InputReader`` streams compressed files through it, and HTTP bodies with a
/// `Content-Encoding` are inflated in memory through it (``ContentDecoding``).
///
/// Two engines, one behaviour: gzip members are inflated by Intel's ISA-L (`libisal.so.2`, loaded on first use;
/// about three times as fast as zlib) when it is installed, everything else — and gzip when it is not — by zlib.
/// Both verify each member's CRC-32 and length, so a damaged member is reported, not silently accepted; the
/// decompressed bytes, the truncation errors and the member-boundary errors are the same with either engine, while
/// the offset and wording of damage found inside a member are each engine's own (where it noticed the damage).
///
/// After a gzip member ends, the next bytes must start another member or be zero bytes up to the end of the input
/// (padding some tools add); anything else is a corrupt stream. Errors name the path and the compressed byte offset.
///
/// The `z_stream` lives at a fixed heap address (zlib keeps a pointer back to it), which is why this is a class.
final class GzipInflater {
    /// Which library inflates.
    enum Engine: Sendable {
        /// ISA-L for gzip when it can be loaded, zlib otherwise.
        case preferred
        /// zlib always (tests compare the engines).
        case zlib
    }

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
    /// The ISA-L state when ISA-L inflates this (gzip) stream; `nil` when zlib does.
    private let isal: OpaquePointer?
    private var phase = Phase.betweenMembers
    /// An error found after output of the same call; thrown by the next call.
    private var pendingError: IngestError?
    /// Compressed offset where the current member started.
    private var memberStart = 0
    /// Decompressed bytes of the current member so far.
    private var memberProduced = 0
    /// Bytes after the end of an ISA-L member that ISA-L had already taken from the input (at most 8, plus one byte
    /// of a next member's magic waiting for the second): counted as consumed, they are fed to what follows before
    /// the caller's input. Touched only at member boundaries.
    private var carried: [UInt8] = []

    /// Whether gzip streams are inflated by ISA-L on this machine (`libisal.so.2` could be loaded).
    static var usesISAL: Bool { cc_isal_load() == 1 }

    /// Whether this build can use ISA-L at all (it was compiled with libisal-dev's header).
    static var supportsISAL: Bool { cc_isal_compiled() == 1 }

    /// Creates an inflater for one input.
    /// - Parameters:
    ///   - path: The input's path, for error messages.
    ///   - compression: `.gzip`, `.zlib` or `.deflate` (`.none` is treated as `.zlib`; callers pass through
    ///     uncompressed data).
    ///   - engine: Which library inflates (``Engine/preferred`` unless comparing them).
    /// - Throws: ``IngestError/corruptStream(path:compression:byteOffset:detail:)`` if zlib cannot be initialised.
    init(path: String, compression: CompressionFormat, engine: Engine = .preferred) throws(IngestError) {
        self.path = path
        self.compression = compression
        isal = compression == .gzip && engine == .preferred ? cc_isal_create() : nil
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
            cc_isal_destroy(isal)
            throw .corruptStream(
                path: path, compression: compression, byteOffset: 0, detail: "zlib init failed (\(status))")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        cc_isal_destroy(isal)
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
        if let pendingError { throw pendingError }
        guard let outBase = output.baseAddress else { return (0, 0) }
        let inBase = input.baseAddress
        var inPos = 0
        var outPos = 0
        defer {
            consumedBytes += inPos
            producedBytes += outPos
        }
        do throws(IngestError) {
            try run(input, inBase, outBase, output.count, &inPos, &outPos)
        } catch {
            // Output made before the damage was found is handed over first; the error comes with the next call.
            // Either engine then yields everything it decoded before the damage, whatever the buffer sizes.
            guard outPos > 0 else { throw error }
            pendingError = error
        }
        return (inPos, outPos)
    }

    /// The body of ``inflate(_:into:)``: advances `inPos` and `outPos` as it goes, so that they are right when it
    /// throws.
    private func run(
        _ input: UnsafeRawBufferPointer, _ inBase: UnsafeRawPointer?, _ outBase: UnsafeMutableRawPointer,
        _ outputCount: Int, _ inPos: inout Int, _ outPos: inout Int
    ) throws(IngestError) {
        work: while outPos < outputCount {
            switch phase {
            case .padding:
                if carried.count > 0 {
                    let firstNonZero = carried.firstIndex { $0 != 0 }
                    if let firstNonZero {
                        throw corrupt(
                            at: consumedBytes + inPos - carried.count + firstNonZero,
                            "unexpected data after zero padding")
                    }
                    carried.removeAll()
                }
                while inPos < input.count && input[inPos] == 0 { inPos += 1 }
                if inPos < input.count {
                    throw corrupt(at: consumedBytes + inPos, "unexpected data after zero padding")
                }
                break work
            case .betweenMembers:
                let next: UInt8
                if carried.count > 0 {
                    next = carried[0]
                } else if inPos < input.count {
                    next = input[inPos]
                } else {
                    break work
                }
                if completedMembers > 0 {
                    if next == 0 {
                        phase = .padding
                        continue
                    }
                    if let isal {
                        // zlib rejects a member that does not start with gzip's magic bytes as soon as it holds
                        // both; ISA-L only once it holds a whole header. Check here so both say the same.
                        if carried.count + input.count - inPos < 2 {
                            // One byte so far: keep it until the next one comes (or the input ends: truncated).
                            if carried.count == 0 {
                                carried.append(input[inPos])
                                inPos += 1
                            }
                            break work
                        }
                        let second = carried.count >= 2 ? carried[1] : input[inPos + 1 - carried.count]
                        if next != 0x1F || second != 0x8B {
                            throw corrupt(
                                at: consumedBytes + inPos - carried.count,
                                "unexpected data after the end of the \(compression) stream")
                        }
                        cc_isal_reset(isal)
                    } else {
                        inflateReset(stream)
                    }
                }
                memberStart = consumedBytes + inPos - carried.count
                memberProduced = 0
                phase = .inMember
            case .inMember where isal != nil:
                guard let isal else { break work }
                let fromCarried = carried.count > 0
                let result: cc_isal_result
                if fromCarried {
                    result = carried.withUnsafeBufferPointer { bytes in
                        cc_isal_inflate(
                            isal, bytes.baseAddress, UInt32(bytes.count),
                            outBase.advanced(by: outPos).assumingMemoryBound(to: UInt8.self),
                            UInt32(clamping: outputCount - outPos))
                    }
                    carried.removeFirst(Int(result.consumed))
                } else {
                    result = cc_isal_inflate(
                        isal, inBase.map { $0.advanced(by: inPos).assumingMemoryBound(to: UInt8.self) },
                        UInt32(clamping: input.count - inPos),
                        outBase.advanced(by: outPos).assumingMemoryBound(to: UInt8.self),
                        UInt32(clamping: outputCount - outPos))
                    inPos += Int(result.consumed)
                }
                outPos += Int(result.produced)
                memberProduced += Int(result.produced)
                if result.status < 0 || result.status == 6 {
                    if completedMembers > 0 && memberProduced == 0 {
                        throw corrupt(at: memberStart, "unexpected data after the end of the \(compression) stream")
                    }
                    let offset = max(memberStart, consumedBytes + inPos - carried.count - Int(min(result.buffered, 8)))
                    throw corrupt(at: offset, Self.isalMessage(result.status))
                }
                if result.finished != 0 {
                    // What ISA-L read ahead belongs to what follows the member.
                    var readAhead = [UInt8](repeating: 0, count: 8)
                    let count = readAhead.withUnsafeMutableBufferPointer {
                        Int(cc_isal_take_buffered(isal, $0.baseAddress))
                    }
                    if count > 0 { carried.insert(contentsOf: readAhead[..<count], at: 0) }
                    completedMembers += 1
                    completedOutputBytes = producedBytes + outPos
                    phase = .betweenMembers
                } else if result.consumed == 0 && result.produced == 0 {
                    // ISA-L takes every byte it is given (into its bit buffer or header buffer), so no progress
                    // means it needs more input; carried bytes are always taken.
                    guard !fromCarried else {
                        throw corrupt(at: consumedBytes + inPos, "ISA-L did not take the bytes after a member")
                    }
                    break work
                }
            case .inMember:
                let availIn = UInt32(clamping: input.count - inPos)
                let availOut = UInt32(clamping: outputCount - outPos)
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
    }

    /// Checks that the input ended at a member boundary (or in zero padding after one).
    /// - Throws: ``IngestError/truncatedStream(path:compression:byteOffset:)`` if it ended inside a member or before
    ///   any member.
    func finish() throws(IngestError) {
        if let pendingError { throw pendingError }
        switch phase {
        case .padding:
            return
        case .betweenMembers where completedMembers > 0 && carried.count == 0:
            return
        case .betweenMembers, .inMember:
            throw .truncatedStream(path: path, compression: compression, byteOffset: consumedBytes)
        }
    }

    /// zlib's wording for the damage ISA-L reports, so messages read alike with either engine.
    private static func isalMessage(_ status: Int32) -> String {
        switch status {
        case -1: "invalid block"
        case -2: "invalid literal/length or distance code"
        case -3: "invalid distance too far back"
        case -4: "incorrect header check"
        case -5: "unknown compression method"
        case -6: "incorrect data or length check"
        case 6: "needs a preset dictionary"
        default: "ISA-L error \(status)"
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
