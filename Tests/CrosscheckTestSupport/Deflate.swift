internal import CZlib

/// Compresses bytes with zlib, so tests can build gzip and zlib inputs inline.
public enum Deflate {
    /// The container around the deflate data.
    public enum Wrapper: Sendable {
        /// gzip (RFC 1952), one member.
        case gzip
        /// zlib (RFC 1950).
        case zlib
        /// Raw deflate (RFC 1951): no header, no checksum.
        case raw
    }

    /// Compresses `bytes` into one gzip member, zlib stream or raw deflate stream.
    /// - Parameters:
    ///   - bytes: The data.
    ///   - wrapper: gzip, zlib or none (raw).
    ///   - level: The zlib compression level, 0–9.
    /// - Returns: The compressed bytes (empty if zlib fails, which a test will notice).
    public static func compress(_ bytes: [UInt8], wrapper: Wrapper = .gzip, level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        let windowBits: Int32
        switch wrapper {
        case .gzip: windowBits = 31
        case .zlib: windowBits = 15
        case .raw: windowBits = -15
        }
        guard cc_deflateInit2(&stream, level, windowBits) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var input = bytes
        var output: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuffer in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = UInt32(inBuffer.count)
            var status = Z_OK
            repeat {
                status = buffer.withUnsafeMutableBufferPointer { outBuffer in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = UInt32(outBuffer.count)
                    return deflate(&stream, Z_FINISH)
                }
                output += buffer[0 ..< buffer.count - Int(stream.avail_out)]
            } while status == Z_OK
            return status
        }
        return status == Z_STREAM_END ? output : []
    }
}
