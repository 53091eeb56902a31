extension GzipInflater {
    /// The size of the buffer that in-memory inflation writes through.
    private static let inMemoryBufferSize = 64 << 10

    /// Inflates compressed bytes held in memory into one array: the streaming inflater (its zlib engine) run over a
    /// whole buffer, for payloads that arrive whole (an HTTP body with a `Content-Encoding`).
    /// - Parameters:
    ///   - bytes: The compressed bytes.
    ///   - compression: `.gzip`, `.zlib` or `.deflate` (raw).
    ///   - limit: The most decompressed bytes accepted.
    ///   - path: The name used in errors.
    ///   - acceptingTruncation: Return what inflates when the data ends inside the stream, instead of failing.
    ///   - ignoringTrailingData: After at least one complete member, stop at the first bytes that do not decode
    ///     and return the complete members' output (as browsers do with junk after a compressed body).
    /// - Returns: The decompressed bytes.
    /// - Throws: ``IngestError/truncatedStream(path:compression:byteOffset:)``,
    ///   ``IngestError/corruptStream(path:compression:byteOffset:detail:)``, or
    ///   ``IngestError/decompressedTooLarge(path:limit:)`` when the output would exceed `limit`.
    /// - Complexity: O(input + output).
    static func inflate(
        _ bytes: [UInt8], compression: CompressionFormat, limit: Int, path: String, acceptingTruncation: Bool = false,
        ignoringTrailingData: Bool = false
    ) throws(IngestError) -> [UInt8] {
        // zlib, not ISA-L: what a truncated or junk-followed body yields when accepted must not depend on which
        // library is installed, and bodies are small.
        let inflater = try GzipInflater(path: path, compression: compression, engine: .zlib)
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: inMemoryBufferSize, alignment: 16)
        defer { buffer.deallocate() }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(bytes.count * 4, 4096)))
        var position = 0
        let result = bytes.withUnsafeBytes { input in
            Result { () throws(IngestError) in
                while true {
                    let before = inflater.producedBytes
                    let step: (consumed: Int, produced: Int)
                    do throws(IngestError) {
                        step = try inflater.inflate(UnsafeRawBufferPointer(rebasing: input[position...]), into: buffer)
                    } catch {
                        guard ignoringTrailingData, inflater.completedMembers > 0, case .corruptStream = error else {
                            throw error
                        }
                        // Keep the complete members only: drop what the damaged one produced.
                        try append(buffer, count: inflater.producedBytes - before, to: &output, limit: limit, path)
                        output.removeLast(output.count - inflater.completedOutputBytes)
                        return
                    }
                    position += step.consumed
                    try append(buffer, count: step.produced, to: &output, limit: limit, path)
                    if step.consumed == 0 && step.produced == 0 {
                        if position < input.count {
                            throw .corruptStream(
                                path: path, compression: compression, byteOffset: position, detail: "no progress")
                        }
                        break
                    }
                }
                do throws(IngestError) {
                    try inflater.finish()
                } catch {
                    if !acceptingTruncation { throw error }
                }
            }
        }
        try result.get()
        return output
    }

    private static func append(
        _ buffer: UnsafeMutableRawBufferPointer, count: Int, to output: inout [UInt8], limit: Int, _ path: String
    ) throws(IngestError) {
        guard count > 0 else { return }
        if count > limit - output.count { throw .decompressedTooLarge(path: path, limit: limit) }
        output.append(contentsOf: buffer[0 ..< count])
    }
}
