import Testing
@testable import Crosscheck

@Suite struct ScratchTests {
    @Test func show() {
        let intro = "The council met on Monday evening to discuss the budget for next year."
        let paragraph = "Residents packed the hall and several speakers demanded that the new library be funded before any road repairs."
        let middle = "The finance director presented three options, each with a different tax rate."
        let ending = "A final vote is expected in two weeks, after a second public hearing."
        let first = "Bus fares will rise by ten cents in March, the transit authority announced on its website."
        let second = "Critics said the increase would hit commuters from the outer suburbs hardest of all."
        let third = "The authority replied that fares had not changed in six years and costs kept climbing."
        let old = [intro, first, middle, second, ending, third, paragraph].joined(separator: "\n\n")
        let new = [intro, middle, ending, paragraph, first, second, third].joined(separator: "\n\n")
        let r = TestSplitter.wordDiff(old, new)!
        print(inline(r.edits()))
    }
}
