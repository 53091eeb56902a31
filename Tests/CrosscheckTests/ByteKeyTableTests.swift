import CrosscheckTestSupport
import Testing

@testable import Crosscheck

@Suite struct ByteKeyTableTests {
    /// The abbreviation lexicon answers as a dictionary of the same word lists would: listed words in any ASCII case,
    /// later lists overriding earlier ones, and `nil` for everything else.
    @Test func answersLikeADictionaryOfTheSameWordLists() {
        let seed = SplitMix64.testSeed()
        print("ByteKeyTableTests.answersLikeADictionaryOfTheSameWordLists seed \(seed)")
        var random = SplitMix64(seed: seed)
        let letters = Array("abcdefghijklmnopqrstuvwxyzAZ.'-".utf8)
        func word(maxLength: Int) -> String {
            let count = 1 + Int(random.next() % UInt64(maxLength))
            return String(
                decoding: (0 ..< count).map { _ in letters[Int(random.next() % UInt64(letters.count))] }, as: UTF8.self)
        }
        for _ in 0 ..< 50 {
            let lists = (0 ..< 1 + Int(random.next() % 4)).map { value in
                (words: (0 ..< Int(random.next() % 200)).map { _ in word(maxLength: 10) }, value: value)
            }
            let table = ByteKeyTable(lists)
            var reference: [UInt64: Int] = [:]
            for (words, value) in lists {
                for word in words { if let key = ByteKey.key(word) { reference[key] = value } }
            }
            for key in reference.keys { #expect(table[key] == reference[key]) }
            for _ in 0 ..< 200 {
                guard let key = ByteKey.key(word(maxLength: 8)) else { continue }
                #expect(table[key] == reference[key])
            }
            #expect(table[0] == nil)
        }
    }

    @Test func abbreviationsAreFoundInAnyCaseAndTitlesOnlyCapitalised() {
        func lookup(_ word: String, capitalized: Bool) -> AbbreviationClass? {
            var bytes = Array(word.utf8)
            return bytes.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.flatMap {
                    Abbreviations.lookup(UnsafePointer($0), count: buffer.count, capitalized: capitalized)
                }
            }
        }
        #expect(lookup("vol", capitalized: false) == .numeric)
        #expect(lookup("VOL", capitalized: true) == .numeric)
        #expect(lookup("e.g", capitalized: false) == .inner)
        #expect(lookup("Sept", capitalized: true) == .generic)
        #expect(lookup("Dr", capitalized: true) == .title)
        #expect(lookup("dr", capitalized: false) == nil)
        #expect(lookup("St", capitalized: true) == .title)
        #expect(lookup("st", capitalized: false) == .generic)
        #expect(lookup("said", capitalized: false) == nil)
        #expect(lookup("approximately", capitalized: false) == nil)
    }
}
