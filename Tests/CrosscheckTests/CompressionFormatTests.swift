import Testing

@testable import Crosscheck

@Suite struct CompressionFormatTests {
    @Test(
        arguments: [
            ([0x1F, 0x8B, 0x08], CompressionFormat.gzip),
            ([0x78, 0x9C], .zlib),
            ([0x78, 0x01], .zlib),
            ([0x78, 0xDA], .zlib),
            ([0x78, 0xBB], .none),  // preset dictionary flag: not a stream we can read
            (Array("x marks the spot".utf8), .none),
            (Array("{\"text\": 1}".utf8), .none),
            ([0x1F], .none),
            ([], .none),
        ] as [([UInt8], CompressionFormat)])
    func detectsFromTheFirstBytes(prefix: [UInt8], expected: CompressionFormat) {
        #expect(CompressionFormat.detect(prefix: prefix) == expected)
    }
}
