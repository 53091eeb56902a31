import Crosscheck
import FuzzSupport

/// Extracts the quotes of the input (decoded lossily) as an article's text.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let document = FuzzInput.document(FuzzInput.bytes(data, size))
    _ = QuoteExtractor().quotes(in: document)
    return 0
}

FuzzDriver.run(fuzz)
