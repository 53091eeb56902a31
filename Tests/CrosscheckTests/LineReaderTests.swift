import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct LineReaderTests {
    private func lines(_ content: String, chunkSize: Int, maxLineBytes: Int = 1 << 20)
        throws(IngestError) -> [(Int, Int, String)]
    {
        let directory = TemporaryDirectory()
        let path = directory.write("lines.txt", content)
        let reader = LineReader(reader: try InputReader(path: path, chunkSize: chunkSize), maxLineBytes: maxLineBytes)
        var result: [(Int, Int, String)] = []
        while let line = try reader.next() {
            result.append((line.number, line.byteOffset, String(decoding: line.bytes, as: UTF8.self)))
        }
        return result
    }

    @Test(arguments: [16, 17, 31, 64, 4096])
    func splitsLinesAcrossChunkBoundaries(chunkSize: Int) throws {
        let content = "first line\r\n\nthird line is a little longer than a chunk\nlast without break"
        let result = try lines(content, chunkSize: chunkSize)
        #expect(result.map(\.0) == [1, 2, 3, 4])
        #expect(
            result.map(\.2) == ["first line", "", "third line is a little longer than a chunk", "last without break"])
        #expect(result.map(\.1) == [0, 12, 13, 56])
    }

    @Test func rejectsOverlongLinesWithTheirNumber() {
        let content = "short\n" + String(repeating: "x", count: 100) + "\nshort\n"
        #expect {
            _ = try lines(content, chunkSize: 16, maxLineBytes: 50)
        } throws: { error in
            guard case .lineTooLong(_, let line, let limit) = error as? IngestError else { return false }
            return line == 2 && limit == 50
        }
    }
}
