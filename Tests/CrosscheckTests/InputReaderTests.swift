import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

@Suite struct InputReaderTests {
    private let text = Array(String(repeating: "Ferry operators said demand fell by a third. ", count: 2000).utf8)

    private func readAll(_ path: String, limits: InputLimits = .default, chunkSize: Int = 64 << 10)
        throws(IngestError) -> (bytes: [UInt8], compression: CompressionFormat)
    {
        let reader = try InputReader(path: path, limits: limits, chunkSize: chunkSize)
        return (try reader.readAll(), reader.compression)
    }

    @Test(arguments: [CompressionFormat.none, .gzip, .zlib])
    func detectsAndDecompresses(format: CompressionFormat) throws {
        let directory = TemporaryDirectory()
        let stored: [UInt8]
        switch format {
        case .none: stored = text
        case .gzip: stored = Deflate.compress(text)
        case .zlib: stored = Deflate.compress(text, wrapper: .zlib)
        case .deflate: stored = Deflate.compress(text, wrapper: .raw)  // has no signature: never detected
        }
        let path = directory.write("input", stored)
        let (bytes, detected) = try readAll(path, chunkSize: 1000)
        #expect(detected == format)
        #expect(bytes == text)
    }

    @Test func readsTheMultiMemberFixture() throws {
        let (bytes, compression) = try readAll(FixturePaths.path("ingest/multi-member.jsonl.gz"))
        #expect(compression == .gzip)
        #expect(bytes.filter { $0 == 0x0A }.count == 4)
    }

    @Test func readsEmptyAndOneByteFilesAsUncompressed() throws {
        let directory = TemporaryDirectory()
        #expect(try readAll(directory.write("empty", [UInt8]())).bytes == [])
        #expect(try readAll(directory.write("one", [0x1F])).bytes == [0x1F])
    }

    @Test func reportsTheTruncatedFixtureAtItsEnd() {
        let path = FixturePaths.path("broken/truncated.jsonl.gz")
        #expect(throws: IngestError.truncatedStream(path: path, compression: .gzip, byteOffset: 300)) {
            try readAll(path)
        }
    }

    @Test func reportsTheCorruptFixtureWithAnOffset() {
        let path = FixturePaths.path("broken/corrupt.jsonl.gz")
        #expect {
            try readAll(path)
        } throws: { error in
            guard case .corruptStream(path, .gzip, let offset, _) = error as? IngestError else { return false }
            return offset >= 120 && offset <= 472
        }
    }

    @Test func stopsTheBombAtTheDecompressedLimit() {
        let path = FixturePaths.path("broken/bomb.txt.gz")
        let limits = InputLimits(maxDecompressedBytes: 10 << 20, maxCompressionRatio: .max)
        #expect(throws: IngestError.decompressedTooLarge(path: path, limit: 10 << 20)) {
            try readAll(path, limits: limits)
        }
    }

    @Test func stopsTheBombAtTheRatioLimitEarly() throws {
        let path = FixturePaths.path("broken/bomb.txt.gz")
        do {
            _ = try readAll(path)
            Issue.record("expected the default ratio limit to stop the bomb")
        } catch {
            guard case .compressionRatioTooHigh(_, let offset, 1000) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(offset < 10_000, "stopped after \(offset) compressed bytes")
        }
    }

    @Test func allowsHighRatiosBelowTheGraceSize() throws {
        let zeros = [UInt8](repeating: 0x20, count: 500_000)  // ~1000:1, but under the 1 MiB grace
        let directory = TemporaryDirectory()
        let path = directory.write("spaces.gz", Deflate.compress(zeros, level: 9))
        #expect(try readAll(path).bytes == zeros)
        let strict = InputLimits(maxCompressionRatio: 10, ratioGraceBytes: 0)
        #expect(throws: IngestError.self) { try readAll(path, limits: strict) }
    }

    @Test func enforcesTheInputSizeLimit() {
        let directory = TemporaryDirectory()
        let path = directory.write("big.txt", text)
        #expect(throws: IngestError.inputTooLarge(path: path, limit: 1000)) {
            try readAll(path, limits: InputLimits(maxInputBytes: 1000))
        }
    }

    @Test func namesMissingFilesAndDirectories() {
        #expect(throws: IngestError.cannotOpen(path: "/no/such/file.txt", reason: "no such file or directory")) {
            try InputReader(path: "/no/such/file.txt")
        }
        let directory = TemporaryDirectory()
        #expect(throws: IngestError.cannotOpen(path: directory.path, reason: "is a directory")) {
            try InputReader(path: directory.path)
        }
    }

    @Test func readsFromAPipeLikeStandardInput() throws {
        let pipe = Pipe()
        let compressed = Deflate.compress(Array(text[0 ..< 20_000]))
        pipe.fileHandleForWriting.write(Data(compressed))
        try pipe.fileHandleForWriting.close()
        let reader = try InputReader(
            fileDescriptor: pipe.fileHandleForReading.fileDescriptor, closeWhenDone: false, path: "-")
        #expect(reader.compression == .gzip)
        #expect(try reader.readAll() == Array(text[0 ..< 20_000]))
    }

    @Test func peekDoesNotConsume() throws {
        let directory = TemporaryDirectory()
        let path = directory.write("a.gz", Deflate.compress(text))
        let reader = try InputReader(path: path, chunkSize: 100)
        let head = try reader.peek(atLeast: 250)
        #expect(head.count >= 250)
        #expect(Array(text[0 ..< head.count]) == head)
        #expect(try reader.readAll() == text)
        #expect(reader.bytesProduced == text.count)
    }
}
