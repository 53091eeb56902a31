// Micro-benchmarks of the diff engine with ordo-one/benchmark (`package-benchmark`):
//
//   cd Benchmarks && swift package --disable-sandbox benchmark --target DiffBenchmarks
//
// Inputs are generated here from a fixed seed, so every run measures the same work: a sequence diff of 100 000
// interned ids with 1% scattered edits, and a word diff (tokenize, intern, diff, moves, contract JSON) of a
// 100 KB article pair with word edits, a deleted and an inserted sentence per few paragraphs, and a moved paragraph.
import Benchmark
import Crosscheck

/// SplitMix64, so the inputs are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// 100 000 ids over a 5 000-word vocabulary, and a copy with 1% of positions replaced, deleted or doubled.
func idSequences() -> ([Int32], [Int32]) {
    var random = SeededGenerator(state: 1)
    let old = (0 ..< 100_000).map { _ in Int32.random(in: 0 ..< 5_000, using: &random) }
    var new: [Int32] = []
    new.reserveCapacity(old.count)
    for id in old {
        switch Int.random(in: 0 ..< 300, using: &random) {
        case 0: new.append(Int32.random(in: 0 ..< 5_000, using: &random))
        case 1: continue
        case 2: new += [id, id]
        default: new.append(id)
        }
    }
    return (old, new)
}

/// A 100 KB article (sentences of invented words in paragraphs) and an edited later version of it.
func articlePair() -> (Article, Article) {
    var random = SeededGenerator(state: 2)
    let syllables = ["an", "ber", "ca", "dor", "el", "fa", "gu", "har", "is", "jo", "ka", "lin", "mo", "nar", "os"]
    let vocabulary = (0 ..< 4_000).map { _ in
        (0 ..< Int.random(in: 1 ... 3, using: &random)).map { _ in
            syllables[Int.random(in: 0 ..< syllables.count, using: &random)]
        }.joined()
    }
    func sentence() -> String {
        let words = (0 ..< Int.random(in: 8 ... 28, using: &random)).map { _ in
            vocabulary[Int.random(in: 0 ..< vocabulary.count, using: &random)]
        }
        return words.joined(separator: " ").capitalized + "."
    }
    var paragraphs: [[String]] = []
    var size = 0
    while size < 100_000 {
        let paragraph = (0 ..< Int.random(in: 1 ... 4, using: &random)).map { _ in sentence() }
        size += paragraph.reduce(0) { $0 + $1.utf8.count + 1 } + 1
        paragraphs.append(paragraph)
    }
    var edited = paragraphs
    for p in edited.indices {
        for s in edited[p].indices.reversed() {
            switch Int.random(in: 0 ..< 40, using: &random) {
            case 0: edited[p][s] = edited[p][s].replacingFirstWord(with: "Edited")
            case 1: edited[p].remove(at: s)
            case 2: edited[p].insert(sentence(), at: s)
            default: break
            }
        }
    }
    let moved = edited.remove(at: 3)
    edited.insert(moved, at: edited.count - 3)
    func text(_ paragraphs: [[String]]) -> String {
        paragraphs.map { $0.joined(separator: " ") }.joined(separator: "\n\n") + "\n"
    }
    return (Article(id: "old", text: text(paragraphs)), Article(id: "new", text: text(edited)))
}

extension String {
    func replacingFirstWord(with word: String) -> String {
        guard let space = firstIndex(of: " ") else { return word }
        return word + self[space...]
    }
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(3), maxIterations: 100)

    Benchmark("sequence diff, 100K ids, 1% edits") { benchmark in
        let (old, new) = idSequences()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(diff(old, new))
        }
    }

    Benchmark("word diff + JSON, 100 KB article pair") { benchmark in
        let (old, new) = articlePair()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try ArticleDiff.compare(old: old, new: new, by: .word).json())
        }
    }

    Benchmark("sentence diff, 100 KB article pair") { benchmark in
        let (old, new) = articlePair()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(try ArticleDiff.compare(old: old, new: new, by: .sentence))
        }
    }
}
