import Crosscheck
import FuzzSupport

/// Reads the input as a file through ``InputReader``, which detects gzip/zlib and inflates it in chunks whose size
/// depends on the input's length. Thrown errors are expected; only crashes and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let path = FuzzInput.scratchFile(bytes, suffix: ".gz") else { return 0 }
    let limits = InputLimits(maxDecompressedBytes: 8 << 20, maxCompressionRatio: 1000, ratioGraceBytes: 64 << 10)
    do {
        let reader = try InputReader(path: path, limits: limits, chunkSize: 16 + size % 241)
        var total = 0
        while let chunk = try reader.nextChunk() {
            FuzzInput.require(!chunk.isEmpty, "empty chunk")
            total += chunk.count
        }
        FuzzInput.require(total <= limits.maxDecompressedBytes, "decompressed \(total) bytes past the limit")
    } catch {
        // Truncated, corrupt or oversized streams end in an error: fine.
    }
    return 0
}

FuzzDriver.run(fuzz)
