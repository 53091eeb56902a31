internal import CZlib

/// Decodes HTTP `Content-Encoding` bodies (gzip, zlib-wrapped and raw deflate) with zlib.
///
/// This is the one place the Web code touches zlib; a shared streaming inflater can replace ``inflate(_:limit:)``
/// without changing callers.
@_spi(WebTools) public enum ContentDecoding {
    /// Why a body could not be inflated.
    enum Failure: Error, Equatable {
        /// The bytes are not valid compressed data (zlib's message).
        case corrupt(String)
        /// The data ended before the compressed stream did.
        case truncated
        /// Inflating would exceed the size limit.
        case tooLarge(limit: Int)
    }

    /// Inflates gzip (all members, concatenated) or zlib data; data that is neither is tried as raw deflate.
    /// - Parameters:
    ///   - bytes: The compressed bytes.
    ///   - limit: The largest output accepted, in bytes.
    /// - Returns: The decompressed bytes.
    /// - Throws: ``Failure`` for corrupt or truncated data, or output above `limit`.
    /// - Complexity: O(output size).
    static func inflate(_ bytes: ArraySlice<UInt8>, limit: Int) throws(Failure) -> [UInt8] {
        let isGzip = bytes.count >= 2 && bytes[bytes.startIndex] == 0x1F && bytes[bytes.startIndex + 1] == 0x8B
        let isZlib =
            bytes.count >= 2
            && bytes[bytes.startIndex] & 0x0F == 8
            && (UInt16(bytes[bytes.startIndex]) << 8 | UInt16(bytes[bytes.startIndex + 1])) % 31 == 0
        // 15 + 32: zlib or gzip header detected automatically; -15: raw deflate.
        return try run(Array(bytes), windowBits: isGzip || isZlib ? 15 + 32 : -15, limit: limit).output
    }

    /// Inflates as much of gzip or zlib data as is there: the output of a cut-off stream up to where it ends.
    /// - Parameters:
    ///   - bytes: Compressed bytes, possibly cut short.
    ///   - limit: The largest output accepted, in bytes.
    /// - Returns: The bytes inflated and whether the compressed stream was complete.
    /// - Throws: ``Failure`` for corrupt data or output above `limit` (never ``Failure/truncated``).
    static func inflateAvailable(_ bytes: ArraySlice<UInt8>, limit: Int)
        throws(Failure) -> (output: [UInt8], complete: Bool)
    {
        try run(Array(bytes), windowBits: 15 + 32, limit: limit, acceptTruncation: true)
    }

    private static func run(_ input: [UInt8], windowBits: Int32, limit: Int, acceptTruncation: Bool = false)
        throws(Failure) -> (output: [UInt8], complete: Bool)
    {
        var stream = z_stream()
        guard cc_inflateInit2(&stream, windowBits) == Z_OK else { throw .corrupt("zlib could not be initialised") }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        output.reserveCapacity(min(limit, max(input.count * 4, 4096)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var failure: Failure?
        input.withUnsafeBufferPointer { inputBuffer in
            guard let base = inputBuffer.baseAddress else {
                failure = .truncated
                return
            }
            stream.next_in = UnsafeMutablePointer(mutating: base)
            stream.avail_in = UInt32(inputBuffer.count)
            while true {
                let status: Int32 = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                if output.count + produced > limit {
                    failure = .tooLarge(limit: limit)
                    return
                }
                output.append(contentsOf: chunk[0 ..< produced])
                switch status {
                case Z_STREAM_END:
                    // Another gzip member may follow.
                    guard stream.avail_in > 0, windowBits > 0, stream.next_in.pointee == 0x1F else { return }
                    guard inflateReset(&stream) == Z_OK else {
                        failure = .corrupt("zlib could not be reset")
                        return
                    }
                case Z_OK:
                    continue
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 {
                        failure = .truncated
                        return
                    }
                    if produced == 0 {
                        failure = .corrupt("no progress")
                        return
                    }
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    failure = .corrupt(message)
                    return
                }
            }
        }
        if let failure {
            if failure == .truncated && acceptTruncation { return (output, false) }
            throw failure
        }
        return (output, true)
    }
}

extension ContentDecoding {
    /// Inflates gzip data for command-line tools that read `.gz` pages before the shared input layer exists.
    /// - Parameters:
    ///   - bytes: The file's bytes; returned unchanged when they do not start with the gzip magic number.
    ///   - source: The file's name for messages.
    ///   - limit: The largest output accepted.
    /// - Returns: The inflated bytes.
    /// - Throws: ``WebError/corruptGzip(source:reason:)``.
    @_spi(WebTools) public static func gunzipIfCompressed(_ bytes: [UInt8], source: String, limit: Int = 1 << 30)
        throws(WebError) -> [UInt8]
    {
        guard bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B else { return bytes }
        do {
            return try inflate(bytes[...], limit: limit)
        } catch {
            // `error` is a `Failure`: the do body only throws `Failure`.
            switch error {
            case .corrupt(let message): throw .corruptGzip(source: source, reason: message)
            case .truncated: throw .corruptGzip(source: source, reason: "the data is truncated")
            case .tooLarge(let limit):
                throw .corruptGzip(source: source, reason: "it inflates to more than \(limit) bytes")
            }
        }
    }
}
