import CrosscheckTestSupport
import Testing

@testable import Crosscheck

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct GzipInflaterTests {
    /// Inflates `compressed` feeding input in slices of `inputSlice` bytes into an output buffer of `outputSize`.
    /// `produced`, when given, receives what came out before an error.
    private func inflate(
        _ compressed: [UInt8], format: CompressionFormat = .gzip, inputSlice: Int = 1 << 20, outputSize: Int = 1 << 16,
        engine: GzipInflater.Engine = .preferred, produced: UnsafeMutablePointer<[UInt8]>? = nil
    ) throws(IngestError) -> [UInt8] {
        let inflater = try GzipInflater(path: "t.gz", compression: format, engine: engine)
        let output = UnsafeMutableRawBufferPointer.allocate(byteCount: outputSize, alignment: 16)
        defer { output.deallocate() }
        var result: [UInt8] = []
        defer { produced?.pointee = result }
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

    /// Both engines where ISA-L is installed, zlib alone where it is not.
    static let engines: [GzipInflater.Engine] = GzipInflater.usesISAL ? [.preferred, .zlib] : [.zlib]

    private let text = Array(String(repeating: "The council said the bridge would reopen on Friday. ", count: 400).utf8)

    @Test(arguments: engines) func inflatesOneMember(engine: GzipInflater.Engine) throws {
        #expect(try inflate(Deflate.compress(text), engine: engine) == text)
    }

    @Test(arguments: engines) func inflatesConcatenatedMembers(engine: GzipInflater.Engine) throws {
        let parts = [Array(text[0 ..< 5000]), Array(text[5000...]), Array("tail".utf8)]
        let compressed = parts.flatMap { Deflate.compress($0) }
        #expect(try inflate(compressed, engine: engine) == parts.flatMap { $0 })
    }

    @Test func inflatesZlibStreams() throws {
        #expect(try inflate(Deflate.compress(text, wrapper: .zlib), format: .zlib) == text)
    }

    @Test(arguments: engines) func ignoresTrailingZeroPadding(engine: GzipInflater.Engine) throws {
        #expect(try inflate(Deflate.compress(text) + [UInt8](repeating: 0, count: 777), engine: engine) == text)
    }

    @Test(arguments: engines) func rejectsDataAfterPadding(engine: GzipInflater.Engine) {
        let compressed = Deflate.compress(text)
        #expect(throws: IngestError.self) { try inflate(compressed + [0, 0, 1], engine: engine) }
    }

    @Test(arguments: engines) func reportsTruncationAtTheEndOfTheInput(engine: GzipInflater.Engine) {
        let compressed = Deflate.compress(text)
        let cut = Array(compressed[0 ..< compressed.count / 2])
        #expect(throws: IngestError.truncatedStream(path: "t.gz", compression: .gzip, byteOffset: cut.count)) {
            try inflate(cut, engine: engine)
        }
        // Cut inside the 8-byte trailer (CRC and length): still truncated.
        let trailerCut = Array(compressed.dropLast(3))
        #expect(throws: IngestError.truncatedStream(path: "t.gz", compression: .gzip, byteOffset: trailerCut.count)) {
            try inflate(trailerCut, engine: engine)
        }
    }

    @Test(arguments: engines) func reportsAChecksumMismatchAsCorruption(engine: GzipInflater.Engine) throws {
        var compressed = Deflate.compress(text)
        compressed[compressed.count - 6] ^= 0xFF  // inside the CRC-32 of the trailer
        do {
            _ = try inflate(compressed, engine: engine)
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

    @Test(arguments: engines) func reportsGarbageAfterAMemberAtTheMemberBoundary(engine: GzipInflater.Engine) throws {
        let member = Deflate.compress(Array("one".utf8))
        do {
            _ = try inflate(member + Array("garbage".utf8), engine: engine)
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
        let inputSlice = Int.random(in: 1 ... 300, using: &random)
        let outputSize = Int.random(in: 1 ... 4000, using: &random)
        for engine in Self.engines {
            let result = try inflate(compressed, inputSlice: inputSlice, outputSize: outputSize, engine: engine)
            #expect(result == bytes, "seed \(seed), \(engine)")
        }
    }

    /// Property: ISA-L and zlib give the same bytes and the same errors for whole, padded, truncated and
    /// garbage-followed streams of several members, however the input is sliced.
    @Test(arguments: 0 ..< 24)
    func enginesAgree(round: Int) throws {
        guard GzipInflater.usesISAL else { return }
        let seed = SplitMix64.testSeed() &+ UInt64(round)
        print("GzipInflaterTests.enginesAgree seed \(seed)")
        var random = SplitMix64(seed: seed)
        let words = ["said", "the", "mayor", "bridge", "12%", "€4.5m", "“quoted”", "\n", "a", "of"]
        var compressed: [UInt8] = []
        var members: [[UInt8]] = []
        for _ in 0 ..< Int.random(in: 1 ... 5, using: &random) {
            var sample = ""
            for _ in 0 ..< Int.random(in: 0 ... 2000, using: &random) {
                sample += words.randomElement(using: &random)! + " "
            }
            members.append(Array(sample.utf8))
            compressed += Deflate.compress(members.last!, level: Int32.random(in: 0 ... 9, using: &random))
        }
        switch Int.random(in: 0 ..< 5, using: &random) {
        case 0: compressed = Array(compressed.prefix(Int.random(in: 1 ... compressed.count, using: &random)))
        case 1: compressed += [UInt8](repeating: 0, count: Int.random(in: 1 ... 20, using: &random))
        case 2: compressed += Array("junk after".utf8.prefix(Int.random(in: 1 ... 10, using: &random)))
        case 3: compressed += [0, 0, UInt8.random(in: 1 ... 255, using: &random)]
        default: break
        }
        let inputSlice = Int.random(in: 1 ... 600, using: &random)
        let outputSize = Int.random(in: 1 ... 5000, using: &random)
        var outputs: [[UInt8]] = []
        var errors: [String] = []
        for engine in [GzipInflater.Engine.preferred, .zlib] {
            var produced: [UInt8] = []
            do throws(IngestError) {
                _ = try inflate(
                    compressed, inputSlice: inputSlice, outputSize: outputSize, engine: engine, produced: &produced)
                errors.append("none")
            } catch {
                errors.append(error.description)
            }
            outputs.append(produced)
        }
        #expect(errors[0] == errors[1], "seed \(seed): \(errors[0]) / \(errors[1])")
        let sameOutput = outputs[0] == outputs[1]
        #expect(
            sameOutput,
            "seed \(seed): \(outputs[0].count) against \(outputs[1].count) bytes; \(errors[0]) / \(errors[1]); input \(compressed.count)"
        )
    }

    /// Property: damage inside a member is reported by both engines (each where it noticed it), or by neither when
    /// it hit bits the format ignores (the padding after the last deflate block), and then both give the same text.
    @Test(arguments: 0 ..< 12)
    func enginesBothReportDamage(round: Int) throws {
        guard GzipInflater.usesISAL else { return }
        let seed = SplitMix64.testSeed() &+ UInt64(round)
        print("GzipInflaterTests.enginesBothReportDamage seed \(seed)")
        var random = SplitMix64(seed: seed)
        var compressed = Deflate.compress(text, level: Int32.random(in: 1 ... 9, using: &random))
        let position = Int.random(in: 10 ..< compressed.count, using: &random)
        compressed[position] ^= UInt8.random(in: 1 ... 255, using: &random)
        var undamaged: [[UInt8]] = []
        for engine in [GzipInflater.Engine.preferred, .zlib] {
            do throws(IngestError) {
                undamaged.append(try inflate(compressed, engine: engine))
            } catch {
                // Damage that makes the data seem to go on past the end reads as truncation.
                switch error {
                case .corruptStream(_, .gzip, let offset, _): #expect(offset >= 0 && offset <= compressed.count)
                case .truncatedStream(_, .gzip, let offset): #expect(offset == compressed.count)
                default: Issue.record("unexpected \(error), seed \(seed)")
                }
            }
        }
        // Neither engine noticed: the damage changed nothing the format reads.
        #expect(undamaged.count == 0 || undamaged.count == 2, "only one engine reported the damage, seed \(seed)")
        if undamaged.count == 2 { #expect(undamaged[0] == undamaged[1] && undamaged[0] == text) }
    }

    /// Found by the gzip fuzzer: a member whose first block copies from before the start of the output. After
    /// such an error ISA-L's input count is not meaningful; the error must be reported, not trusted.
    @Test(arguments: engines) func reportsALookbackBeforeTheStart(engine: GzipInflater.Engine) {
        let member: [UInt8] = [
            0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x25, 0x00, 0x00, 0x02, 0x03, 0x0D, 0xCB, 0x00, 0x26, 0x41, 0x30, 0x6C,
            0x45, 0xB0, 0xE4, 0xD1, 0x4C, 0x11, 0x63, 0xDB,
        ]
        for slice in [1, 7, 16, member.count] {
            do {
                _ = try inflate(member, inputSlice: slice, engine: engine)
                Issue.record("expected an error")
            } catch {
                guard case .corruptStream(_, .gzip, let offset, let detail) = error else {
                    Issue.record("unexpected \(error)")
                    continue
                }
                #expect(detail.contains("distance"))
                #expect(offset >= 10 && offset <= member.count)
            }
        }
    }

    @Test func usesISALWhereItIsInstalled() {
        let paths: [String] = ["/usr/lib/x86_64-linux-gnu/libisal.so.2", "/usr/lib/aarch64-linux-gnu/libisal.so.2"]
        let installed = paths.contains { path in access(path, F_OK) == 0 }
        #expect(GzipInflater.usesISAL == (installed && GzipInflater.supportsISAL))
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
