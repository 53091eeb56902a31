import Crosscheck
import FuzzSupport

/// Extracts the quotes of the input (decoded lossily) as an article's text, and checks the offset contract on every
/// quote: its span, parts, speaker and cue are non-empty slices of the text whose `text` is exactly that slice, the
/// parts lie in order inside the quote, and the confidence is a probability.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let document = FuzzInput.document(FuzzInput.bytes(data, size))
    let text = document.text
    for quote in QuoteExtractor().quotes(in: document) {
        FuzzInput.requireSlice(quote.quote, of: text, "\(quote.kind) quote")
        var previousEnd = quote.quote.start
        for part in quote.parts ?? [] {
            FuzzInput.requireSlice(part, of: text, "quote part")
            FuzzInput.require(
                previousEnd <= part.start && part.end <= quote.quote.end,
                "quote parts out of order or outside the quote")
            previousEnd = part.end
        }
        if let speaker = quote.speaker { FuzzInput.requireSlice(speaker, of: text, "speaker") }
        if let cue = quote.cue { FuzzInput.requireSlice(cue, of: text, "cue") }
        FuzzInput.require(
            quote.confidence >= 0 && quote.confidence <= 1, "confidence \(quote.confidence) is not a probability")
    }
    return 0
}

FuzzDriver.run(fuzz)
