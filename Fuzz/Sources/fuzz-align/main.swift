import Crosscheck
import FuzzSupport

/// Aligns the sentences of the two halves of the input (split at the first 0xFF byte) and checks that every
/// sentence of both documents is in exactly one group.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (first, second) = FuzzInput.halves(FuzzInput.bytes(data, size))
    let documents = [FuzzInput.document(first, id: "a"), FuzzInput.document(second, id: "b")]
    let alignment = Alignment(documents: documents)
    let members = alignment.groups.reduce(0) { $0 + $1.members.count }
    let sentences = documents.reduce(0) { $0 + $1.sentences.count }
    FuzzInput.require(members == sentences, "\(members) group members for \(sentences) sentences")
    _ = alignment.renderedText()
    return 0
}

FuzzDriver.run(fuzz)
