import Crosscheck
import FuzzSupport

/// Runs the whole `check` pipeline on the two halves of the input (split at the first 0xFF byte): documents,
/// quotes, claims, alignment and ``Crosschecker``, then renders the result the way `check` and `report` write it
/// (JSON check and review reports, Markdown, HTML, text; short and full) in memory. Checks that every piece of
/// evidence cites a document of the check with an in-range span whose text is exactly that slice, and that JSON
/// encoding never fails.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (first, second) = FuzzInput.halves(FuzzInput.bytes(data, size))
    let documents = [
        FuzzInput.document(first, id: "a"),
        Document(
            article: Article(id: "b", published: "2022-04-26T09:00:00Z", text: FuzzInput.text(second)),
            headline: .always),
    ]
    let result = Crosschecker().check(documents)
    for discrepancy in result.discrepancies {
        for evidence in discrepancy.evidence {
            FuzzInput.require(
                documents.indices.contains(evidence.docIndex), "\(discrepancy.kind): evidence in unknown document")
            let text = documents[evidence.docIndex].text
            FuzzInput.require(
                0 <= evidence.start && evidence.start <= evidence.end && evidence.end <= text.scalarCount,
                "\(discrepancy.kind): evidence \(evidence.start)..<\(evidence.end) outside the text")
            let bytes = text.byteRange(scalars: evidence.start ..< evidence.end)
            FuzzInput.require(
                text.text(bytes) == evidence.text, "\(discrepancy.kind): evidence text is not the cited slice")
        }
    }
    do {
        _ = try JSONOutput.encode(CheckReport(result), pretty: true)
        _ = try JSONOutput.encode(ReviewReport(result), pretty: true)
    } catch {
        FuzzInput.require(false, "JSON encoding threw \(error)")
    }
    for full in [false, true] {
        _ = CheckMarkdownRenderer(full: full).render(result)
        _ = CheckHTMLRenderer(full: full).render(result)
    }
    _ = CheckTextRenderer().render(result)
    return 0
}

FuzzDriver.run(fuzz)
