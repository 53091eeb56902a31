import Crosscheck
import FuzzSupport

/// Extracts the claims of the input (decoded lossily) as an article's text, and checks that every claim has a
/// non-empty span whose text is exactly that slice of the article, inside the claim's sentence.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let document = FuzzInput.document(FuzzInput.bytes(data, size))
    let text = document.text
    for claim in ClaimExtractor().claims(in: document) {
        let span = claim.span
        FuzzInput.requireSlice(span, of: text, "\(claim.kind) span")
        FuzzInput.require(
            claim.sentence.start <= span.start && span.end <= claim.sentence.end,
            "\(claim.kind): span \(span.start)..<\(span.end) outside its sentence")
    }
    return 0
}

FuzzDriver.run(fuzz)
