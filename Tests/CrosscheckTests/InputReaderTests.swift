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

    /// An uncompressed file is read straight into the array past its first bytes: every size around the first read
    /// and the chunk size gives the file back exactly, after a peek too, and a limit stops it as chunk by chunk did.
    @Test(arguments: [0, 1, 2, 999, 1000, 1001, 4095, 4096, 4097, 8192, 12_345, 90_000])
    func readsUncompressedFilesWholeAtEverySize(size: Int) throws {
        let directory = TemporaryDirectory()
        let bytes = Array(text[0 ..< size])
        let path = directory.write("plain", bytes)
        for chunkSize in [16, 1000, 64 << 10] {
            let reader = try InputReader(path: path, chunkSize: chunkSize)
            #expect(try reader.readAll() == bytes, "chunk \(chunkSize)")
            #expect(reader.bytesRead == size && reader.bytesProduced == size)
            let peeking = try InputReader(path: path, chunkSize: chunkSize)
            let head = try peeking.peek(atLeast: 3000)
            #expect(head == Array(bytes.prefix(head.count)))
            #expect(try peeking.readAll() == bytes, "chunk \(chunkSize), after a peek")
            let limit = size / 2
            let tooLong = IngestError.articleTooLarge(path: path, line: nil, limit: limit)
            let limited = try InputReader(path: path, chunkSize: chunkSize)
            if size > limit {
                #expect(throws: tooLong) { try limited.readAll(limit: limit, exceeded: tooLong) }
            } else {
                #expect(try limited.readAll(limit: limit, exceeded: tooLong) == bytes)
            }
        }
    }
}
