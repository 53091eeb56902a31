import Crosscheck
import FuzzSupport

/// Extracts the article of the input as an HTML page (any bytes, any declared charset). Thrown errors are
/// expected; only crashes and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    _ = try? HTMLExtractor().extract(html: bytes, url: "https://example.com/a", id: "fuzz")
    return 0
}

FuzzDriver.run(fuzz)
