import Crosscheck
import FuzzSupport

/// Extracts the claims of the input (decoded lossily) as an article's text.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let document = FuzzInput.document(FuzzInput.bytes(data, size))
    _ = ClaimExtractor().claims(in: document)
    return 0
}

FuzzDriver.run(fuzz)
