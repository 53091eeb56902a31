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
        FuzzInput.require(
            0 <= span.start && span.start < span.end && span.end <= text.scalarCount,
            "\(claim.kind): span \(span.start)..<\(span.end) empty or outside the text")
        FuzzInput.require(
            text.text(text.byteRange(scalars: span.start ..< span.end)) == span.text,
            "\(claim.kind): span text is not the cited slice")
        FuzzInput.require(
            claim.sentence.start <= span.start && span.end <= claim.sentence.end,
            "\(claim.kind): span \(span.start)..<\(span.end) outside its sentence")
    }
    return 0
}

FuzzDriver.run(fuzz)
