import Crosscheck
import FuzzSupport

/// Tokenizes and splits the input (decoded lossily) into paragraphs and sentences, and checks that every unit
/// lies inside the text and that the units come in order.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let document = FuzzInput.document(FuzzInput.bytes(data, size))
    let length = document.text.utf8.count
    var end = 0
    for token in document.tokens {
        FuzzInput.require(token.start >= end && token.start <= token.end && token.end <= length, "token out of order")
        end = token.end
    }
    end = 0
    for sentence in document.sentences {
        FuzzInput.require(
            sentence.bytes.lowerBound >= end && sentence.bytes.upperBound <= length, "sentence out of order")
        end = sentence.bytes.upperBound
        _ = document.span(of: sentence)
    }
    for paragraph in document.paragraphs {
        _ = document.span(of: paragraph)
    }
    return 0
}

FuzzDriver.run(fuzz)
