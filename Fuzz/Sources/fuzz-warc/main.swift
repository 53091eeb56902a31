import Crosscheck
import FuzzSupport

/// Feeds the input to a streaming WARC reader in chunks whose size the first byte picks, then extracts the
/// article of every record. Thrown errors are expected; only crashes and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let first = bytes.first else { return 0 }
    let chunkSize = Int(first) + 1
    let limits = WARCReader.Limits(maxHeaderBytes: 4 << 10, maxRecordBytes: 1 << 20)
    var reader = WARCReader(source: "fuzz.warc", limits: limits)
    var records: [WARCRecord] = []
    do {
        var start = 1
        while start < bytes.count {
            let end = min(start + chunkSize, bytes.count)
            records += try reader.append(bytes[start ..< end])
            start = end
        }
        try reader.finish()
    } catch {
        // Malformed input ends in an error: fine.
    }
    let extractor = HTMLExtractor()
    for record in records {
        _ = try? extractor.extract(record: record)
    }
    return 0
}

FuzzDriver.run(fuzz)
