import Foundation
import Testing

@testable import Crosscheck

@Suite struct MoveDetectorTests {
    private let intro = "The council met on Monday evening to discuss the budget for next year."
    private let paragraph =
        "Residents packed the hall and several speakers demanded that the new library be funded before any road repairs."
    private let middle = "The finance director presented three options, each with a different tax rate."
    private let ending = "A final vote is expected in two weeks, after a second public hearing."

    private func diff(_ old: String, _ new: String) -> (TextDiffResult, [Edit])? {
        guard let result = TestSplitter.wordDiff(old, new) else { return nil }
        return (result, result.edits())
    }

    @Test func exactMoveSharesAnId() throws {
        let old = [intro, paragraph, middle, ending].joined(separator: "\n\n")
        let new = [intro, middle, ending, paragraph].joined(separator: "\n\n")
        let (result, edits) = try #require(diff(old, new))
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        let moved = edits.filter { $0.move != nil }
        #expect(moved.count == 2)
        #expect(Set(moved.map(\.move)) == [1])
        #expect(moved.map(\.op) == [.delete, .insert])
        #expect(moved[0].old?.text.contains("Residents packed the hall") == true)
        #expect(moved[1].new?.text.contains("Residents packed the hall") == true)
        #expect(moved[1].inner.isEmpty)  // unchanged passage
        #expect(result.stats.moves == 1)
        #expect(result.stats.wordsMoved == 18)
        #expect(result.stats.wordsAdded == 0)
        #expect(result.stats.wordsRemoved == 0)
    }

    @Test func movedAndEditedParagraphCarriesInnerEdits() throws {
        // 8 of the 18 words changed (44%), including the first two.
        let edited =
            "Neighbours filled the hall and many speakers insisted that the new library be paid for ahead of any bridge work."
        let old = [intro, paragraph, middle, ending].joined(separator: "\n\n")
        let new = [intro, middle, ending, edited].joined(separator: "\n\n")
        let (result, edits) = try #require(diff(old, new))
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        let insertion = try #require(edits.first { $0.op == .insert && $0.move != nil })
        let deletion = try #require(edits.first { $0.op == .delete && $0.move == insertion.move })
        #expect(deletion.old?.text.hasPrefix("Residents") == true)
        #expect(insertion.new?.text.hasPrefix("\n\nNeighbours") == true)
        #expect(!insertion.inner.isEmpty)
        #expect(insertion.inner.compactMap(\.old).map(\.text).joined() == deletion.old?.text)
        #expect(insertion.inner.compactMap(\.new).map(\.text).joined() == insertion.new?.text)
        #expect(insertion.inner.contains { $0.op == .replace && $0.old?.text == "Residents packed" })
        #expect(insertion.inner.contains { $0.op == .replace && $0.old?.text == "several" && $0.new?.text == "many" })
        #expect(result.stats.moves == 1)
    }

    @Test func shortPhrasesAreNotMoves() throws {
        let old = "\"We will win,\" he said. The mayor thanked the volunteers. Turnout was high across the city."
        let new = "\"We will win.\" The mayor thanked the volunteers, he said. Turnout was high across the city."
        let (result, edits) = try #require(diff(old, new))
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        #expect(edits.allSatisfy { $0.move == nil })
        #expect(result.stats.moves == 0)
    }

    @Test func unrelatedSentencesInDifferentPlacesAreNotMoves() throws {
        let removed = "The stadium will close for renovations during the whole of the summer season."
        let added = "Police said that the suspect had been released on bail pending a further inquiry."
        let old = [intro, removed, middle, ending].joined(separator: " ")
        let new = [intro, middle, ending, added].joined(separator: " ")
        let (result, edits) = try #require(diff(old, new))
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        #expect(edits.allSatisfy { $0.move == nil })
        #expect(result.stats.wordsRemoved == 13)
        #expect(result.stats.wordsAdded == 14)
    }

    @Test func inPlaceRewriteIsNotAMove() throws {
        let rewritten =
            "Residents packed the hall and some speakers demanded that the library be funded before road repairs."
        let old = [intro, paragraph, middle].joined(separator: " ")
        let new = [intro, rewritten, middle].joined(separator: " ")
        let (_, edits) = try #require(diff(old, new))
        #expect(edits.allSatisfy { $0.move == nil })
    }

    @Test func movedPassageInsideALargerChangeIsCutOut() throws {
        let newSentence = "Officials declined to comment on the proposal when reached by telephone on Tuesday night."
        let old = [intro, paragraph, middle, ending].joined(separator: " ")
        let new = [intro, newSentence, middle, ending, paragraph].joined(separator: " ")
        let (_, edits) = try #require(diff(old, new))
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        let deletion = try #require(edits.first { $0.op == .delete && $0.move != nil })
        #expect(deletion.old?.text.trimmingSuffixSpace == paragraph)
        #expect(edits.contains { $0.new?.text.contains("Officials declined") == true && $0.move == nil })
    }
}

extension MoveDetectorTests {
    @Test func severalPassagesMovedTogetherAreEachFound() throws {
        let first = "Bus fares will rise by ten cents in March, the transit authority announced on its website."
        let second = "Critics said the increase would hit commuters from the outer suburbs hardest of all."
        let third = "The authority replied that fares had not changed in six years and costs kept climbing."
        let old = [intro, first, middle, second, ending, third, paragraph].joined(separator: "\n\n")
        let new = [intro, middle, ending, paragraph, first, second, third].joined(separator: "\n\n")
        let (result, edits) = try #require(diff(old, new))
        #expect(reconstructionProblem(edits, old: old, new: new) == nil)
        #expect(result.stats.moves == 3)
        let movedOld = edits.filter { $0.op == .delete && $0.move != nil }.compactMap(\.old?.text)
        #expect(movedOld.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } == [first, second, third])
    }
}

extension MoveDetectorTests {
    @Test func movedLineInALineDiff() {
        let old = [intro, paragraph, middle, ending].joined(separator: "\n") + "\n"
        let new = [intro, middle, ending, paragraph].joined(separator: "\n") + "\n"
        let result = TextDiff.lines(old: SourceText(old), new: SourceText(new))
        #expect(reconstructionProblem(result.edits(), old: old, new: new) == nil)
        #expect(result.stats.moves == 1)
        #expect(result.edits().first { $0.move != nil }?.old?.text == paragraph + "\n")
    }
}

extension String {
    fileprivate var trimmingSuffixSpace: String { hasSuffix(" ") ? String(dropLast()) : self }
}
