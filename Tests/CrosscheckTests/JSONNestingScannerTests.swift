import Testing

@testable import Crosscheck

@Suite struct JSONNestingScannerTests {
    @Test(
        arguments: [
            ("1", JSONNestingScanner.Depth.within(0)),
            ("{\"a\": [1, {\"b\": []}]}", .within(4)),
            ("{\"text\": \"[[[[[[ not nesting {{{{\"}", .within(1)),
            ("{\"text\": \"escaped quote \\\" [[[[[\"}", .within(1)),
            ("{\"text\": \"backslash at end \\\\\", \"x\": [[[]]]}", .within(4)),
            ("[[[[[[", .exceeds),
        ] as [(String, JSONNestingScanner.Depth)])
    func measuresDepthOutsideStrings(json: String, expected: JSONNestingScanner.Depth) {
        #expect(JSONNestingScanner.depth(of: Array(json.utf8), limit: 5) == expected)
    }

    @Test func stopsEarlyOnHostileNesting() {
        let hostile = [UInt8](repeating: UInt8(ascii: "["), count: 1_000_000)
        #expect(JSONNestingScanner.depth(of: hostile, limit: 64) == .exceeds)
    }

    @Test func findsTheEndOfTheFirstValue() {
        let bytes = Array("{\"a\": \"}\"} {\"b\": 2}".utf8)
        #expect(JSONNestingScanner.firstValueEnd(in: bytes[...]) == 10)
        #expect(JSONNestingScanner.firstValueEnd(in: Array("{\"a\": [".utf8)[...]) == nil)
    }
}
