import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct GzipInflaterTests {
    /// Inflates `compressed` feeding input in slices of `inputSlice` bytes into an output buffer of `outputSize`.
    private func inflate(
        _ compressed: [UInt8], format: CompressionFormat = .gzip, inputSlice: Int = 1 << 20, outputSize: Int = 1 << 16
    ) throws(IngestError) -> [UInt8] {
        let inflater = try GzipInflater(path: "t.gz", compression: format)
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: outputSize, alignment: 16)
        defer { output.deallocate() }
        var result: [UInt8] = []
        var position = 0
        while position < compressed.count {
            let end = min(position + inputSlice, compressed.count)
            let slice = Array(compressed[position ..< end])
            var offset = 0
            while offset < slice.count {
                let step = slice.withUnsafeBytes { bytes in
                    Result { () throws(IngestError) in
                        try inflater.inflate(UnsafeRawBufferPointer(rebasing: bytes[offset...]), into: output)
                    }
                }
                let (consumed, produced) = try step.get()
                result += output[0 ..< produced]
                offset += consumed
                if consumed == 0 && produced == 0 { break }
            }
            position = end
        }
        // Drain what zlib may still hold, as InputReader does at the end of the input.
        while true {
            let (_, produced) = try inflater.inflate(UnsafeRawBufferPointer(start: nil, count: 0), into: output)
            if produced == 0 { break }
            result += output[0 ..< produced]
        }
        try inflater.finish()
        return result
    }

    private let text = Array(String(repeating: "The council said the bridge would reopen on Friday. ", count: 400).utf8)

    @Test func inflatesOneMember() throws {
        #expect(try inflate(Deflate.compress(text)) == text)
    }

    @Test func inflatesConcatenatedMembers() throws {
        let parts = [Array(text[0 ..< 5000]), Array(text[5000...]), Array("tail".utf8)]
        let compressed = parts.flatMap { Deflate.compress($0) }
        #expect(try inflate(compressed) == parts.flatMap { $0 })
    }

    @Test func inflatesZlibStreams() throws {
        #expect(try inflate(Deflate.compress(text, wrapper: .zlib), format: .zlib) == text)
    }

    @Test func ignoresTrailingZeroPadding() throws {
        #expect(try inflate(Deflate.compress(text) + [UInt8](repeating: 0, count: 777)) == text)
    }

    @Test func rejectsDataAfterPadding() {
        let compressed = Deflate.compress(text)
        #expect(throws: IngestError.self) { try inflate(compressed + [0, 0, 1]) }
    }

    @Test func reportsTruncationAtTheEndOfTheInput() {
        let compressed = Deflate.compress(text)
        let cut = Array(compressed[0 ..< compressed.count / 2])
        #expect(throws: IngestError.truncatedStream(path: "t.gz", compression: .gzip, byteOffset: cut.count)) {
            try inflate(cut)
        }
        // Cut inside the 8-byte trailer (CRC and length): still truncated.
        let trailerCut = Array(compressed.dropLast(3))
        #expect(throws: IngestError.truncatedStream(path: "t.gz", compression: .gzip, byteOffset: trailerCut.count)) {
            try inflate(trailerCut)
        }
    }

    @Test func reportsAChecksumMismatchAsCorruption() throws {
        var compressed = Deflate.compress(text)
        compressed[compressed.count - 6] ^= 0xFF  // inside the CRC-32 of the trailer
        do {
            _ = try inflate(compressed)
            Issue.record("expected an error")
        } catch {
            guard case .corruptStream(_, .gzip, let offset, let detail) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(detail.contains("check"))
            #expect(offset > 0 && offset <= compressed.count)
        }
    }

    @Test func reportsGarbageAfterAMemberAtTheMemberBoundary() throws {
        let member = Deflate.compress(Array("one".utf8))
        do {
            _ = try inflate(member + Array("garbage".utf8))
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("at byte \(member.count)"))
            #expect(error.description.contains("unexpected data after the end"))
        }
    }

    /// Property: any way of slicing the input and any output buffer size gives the same bytes.
    @Test(arguments: [1, 2, 3, 4, 5])
    func slicingDoesNotMatter(seed: UInt64) throws {
        print("GzipInflaterTests.slicingDoesNotMatter seed \(seed)")
        var random = SplitMix64(seed: seed)
        let words = ["said", "the", "mayor", "bridge", "12%", "€4.5m", "“quoted”", "\n"]
        var sample = ""
        for _ in 0 ..< 3000 { sample += words.randomElement(using: &random)! + " " }
        let bytes = Array(sample.utf8)
        let members = Int.random(in: 1 ... 4, using: &random)
        var compressed: [UInt8] = []
        let cut = bytes.count / members
        for m in 0 ..< members {
            let part = Array(bytes[m * cut ..< (m == members - 1 ? bytes.count : (m + 1) * cut)])
            compressed += Deflate.compress(part, level: Int32.random(in: 1 ... 9, using: &random))
        }
        let result = try inflate(
            compressed, inputSlice: Int.random(in: 1 ... 300, using: &random),
            outputSize: Int.random(in: 1 ... 4000, using: &random))
        #expect(result == bytes, "seed \(seed)")
    }

    // MARK: - In memory

    @Test(arguments: [CompressionFormat.gzip, .zlib, .deflate])
    func inflatesInMemory(format: CompressionFormat) throws {
        let wrapper: Deflate.Wrapper = format == .gzip ? .gzip : format == .zlib ? .zlib : .raw
        let compressed = Deflate.compress(text, wrapper: wrapper)
        #expect(try GzipInflater.inflate(compressed, compression: format, limit: 1 << 20, path: "body") == text)
    }

    @Test func inMemoryInflationEnforcesTheLimit() {
        #expect(throws: IngestError.decompressedTooLarge(path: "body", limit: 100)) {
            try GzipInflater.inflate(Deflate.compress(text), compression: .gzip, limit: 100, path: "body")
        }
    }

    @Test func inMemoryInflationReportsOrAcceptsTruncation() throws {
        let compressed = Deflate.compress(text)
        let cut = Array(compressed[0 ..< compressed.count / 2])
        #expect(throws: IngestError.truncatedStream(path: "body", compression: .gzip, byteOffset: cut.count)) {
            try GzipInflater.inflate(cut, compression: .gzip, limit: 1 << 20, path: "body")
        }
        let partial = try GzipInflater.inflate(
            cut, compression: .gzip, limit: 1 << 20, path: "body", acceptingTruncation: true)
        #expect(!partial.isEmpty && partial.count < text.count)
        #expect(Array(text.prefix(partial.count)) == partial)
    }

    @Test func inMemoryInflationCanIgnoreJunkAfterACompleteMember() throws {
        let junk = Deflate.compress(text) + Array("<!-- junk -->".utf8)
        #expect(throws: IngestError.self) {
            try GzipInflater.inflate(junk, compression: .gzip, limit: 1 << 20, path: "body")
        }
        let lenient = try GzipInflater.inflate(
            junk, compression: .gzip, limit: 1 << 20, path: "body", ignoringTrailingData: true)
        #expect(lenient == text)
        // A damaged second member is dropped whole, not half-inflated.
        var second = Deflate.compress(Array("second member".utf8))
        second[second.count - 6] ^= 0xFF
        let twoMembers = try GzipInflater.inflate(
            Deflate.compress(text) + second, compression: .gzip, limit: 1 << 20, path: "body",
            ignoringTrailingData: true)
        #expect(twoMembers == text)
    }
}
