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

    /// A table built from arbitrary 64-bit keys (0 and keys sharing a first slot included) answers as the
    /// dictionary it was built from, for its keys and for others.
    @Test func keyedTableAnswersLikeItsDictionary() {
        let seed = SplitMix64.testSeed()
        print("ByteKeyTableTests.keyedTableAnswersLikeItsDictionary seed \(seed)")
        var random = SplitMix64(seed: seed)
        for round in 0 ..< 100 {
            var reference: [UInt64: Int] = [:]
            for _ in 0 ..< Int(random.next() % 300) {
                // Small keys collide in the first slot often; large ones are hash-like.
                let key = random.next() % 2 == 0 ? random.next() % 64 : random.next()
                reference[key] = Int(random.next() % 1000)
            }
            if round % 3 == 0 { reference[0] = -1 }
            let table = ByteKeyTable<Int>(keys: reference)
            for (key, value) in reference { #expect(table[key] == value) }
            for _ in 0 ..< 300 {
                let key = random.next() % 2 == 0 ? random.next() % 128 : random.next()
                #expect(table[key] == reference[key])
            }
            #expect(table[0] == reference[0])
        }
    }

    /// The quote lexicon's flat table gives every word hash the roles of its dictionary (and none to other words).
    @Test func quoteLexiconTableAnswersLikeItsDictionary() {
        let seed = SplitMix64.testSeed()
        print("ByteKeyTableTests.quoteLexiconTableAnswersLikeItsDictionary seed \(seed)")
        var random = SplitMix64(seed: seed)
        for (key, roles) in QuoteLexicon.roleTable { #expect(QuoteLexicon.roles(hash: key) == roles) }
        let letters = Array("abcdefghijklmnopqrstuvwxyzSAID.'-".utf8)
        for word in ["said", "Said", "told", "he", "spokesperson", "according", "that", "Guterres", "the"]
            + (0 ..< 2000).map({ _ in
                String(
                    decoding: (0 ..< 1 + Int(random.next() % 9)).map { _ in
                        letters[Int(random.next() % UInt64(letters.count))]
                    }, as: UTF8.self)
            })
        {
            var bytes = Array(word.utf8)
            let roles = bytes.withUnsafeMutableBufferPointer { buffer in
                QuoteLexicon.roles(UnsafeBufferPointer(buffer), 0 ..< buffer.count)
            }
            let stem = bytes.withUnsafeMutableBufferPointer { buffer in
                QuoteLexicon.stripPossessive(UnsafeBufferPointer(buffer), 0 ..< buffer.count)
            }
            let key = bytes.withUnsafeMutableBufferPointer { buffer in
                QuoteLexicon.hash(UnsafeBufferPointer(buffer), stem)
            }
            #expect(roles == (QuoteLexicon.roleTable[key] ?? []), "\(word)")
        }
        #expect(QuoteLexicon.roles(hash: QuoteLexicon.hash("said")).contains(.cue))
        #expect(QuoteLexicon.roles(hash: QuoteLexicon.hash("Elanqu")) == [])
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
