import Crosscheck
import FuzzSupport

/// Diffs the two halves of the input (split at the first 0xFF byte) by word, character, sentence and line, and
/// checks the contract's invariant: the edits' old ranges tile the old text, their new ranges tile the new text,
/// and equal edits have identical bytes. A thrown ``DiffError`` is an internal inconsistency, so it is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let (first, second) = FuzzInput.halves(FuzzInput.bytes(data, size))
    let old = Article(id: "old", text: FuzzInput.text(first))
    let new = Article(id: "new", text: FuzzInput.text(second))
    for granularity in DiffGranularity.allCases {
        do {
            let result = try ArticleDiff.compare(old: old, new: new, by: granularity)
            check(result.diff, granularity)
            _ = result.edits()
        } catch {
            FuzzInput.require(false, "\(granularity) diff threw \(error)")
        }
    }
    return 0
}

/// Checks that the edits tile both texts and that equal edits are equal.
func check(_ diff: TextDiffResult, _ granularity: DiffGranularity) {
    var oldEnd = 0
    var newEnd = 0
    for edit in diff.textEdits {
        FuzzInput.require(edit.old.lowerBound == oldEnd, "\(granularity): gap or overlap in old at \(oldEnd)")
        FuzzInput.require(edit.new.lowerBound == newEnd, "\(granularity): gap or overlap in new at \(newEnd)")
        oldEnd = edit.old.upperBound
        newEnd = edit.new.upperBound
        if edit.op == .equal {
            FuzzInput.require(
                diff.old.utf8[edit.old].elementsEqual(diff.new.utf8[edit.new]), "\(granularity): unequal equal edit")
        }
    }
    FuzzInput.require(oldEnd == diff.old.utf8.count, "\(granularity): old text not covered")
    FuzzInput.require(newEnd == diff.new.utf8.count, "\(granularity): new text not covered")
}

FuzzDriver.run(fuzz)
