import Crosscheck

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

/// `crosscheck-bench align FILE --words N --versions K[,K...] [--repeat R]`: makes K versions of an N-word story
/// from the paragraphs of FILE (plain text, paragraphs separated by blank lines) by deterministic edits (words
/// replaced, paragraphs dropped, moved and added), analyses them into `Document`s (not timed), then times
/// `Alignment(documents:)` R times (default 3) and prints the best, one line per K:
/// `align versions=<K> words=<N> sentences=<total> groups=<g> seconds=<wall s> cpu_seconds=<s> analyse_seconds=<s>
/// max_rss_mb=<MB>`.
/// `max_rss_mb` is the process's peak resident memory so far (K values run in the given order).
func alignBenchmark(_ arguments: ArraySlice<String>) {
    guard let path = arguments.first else { usage() }
    func option(_ name: String) -> String? {
        guard let flag = arguments.firstIndex(of: name), flag + 1 < arguments.endIndex else { return nil }
        return arguments[flag + 1]
    }
    guard let words = Int(option("--words") ?? "2000"), words > 0,
        let repeats = Int(option("--repeat") ?? "3"), repeats > 0
    else { usage() }
    let counts = (option("--versions") ?? "20").split(separator: ",").compactMap { Int($0) }
    guard !counts.isEmpty, counts.allSatisfy({ $0 > 0 }) else { usage() }
    let bytes: [UInt8]
    do {
        bytes = try InputReader(path: path, limits: .unlimited).readAll()
    } catch {
        printError("crosscheck-bench: \(error)")
        exit(2)
    }
    var paragraphs: [String] = []
    var total = 0
    var pool: [String] = []
    for paragraph in String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n\n") {
        let count = paragraph.split(whereSeparator: { $0 == " " || $0 == "\n" }).count
        guard count > 0 else { continue }
        if total < words {
            paragraphs.append(paragraph)
            total += count
        } else {
            pool.append(paragraph)
        }
    }
    if pool.isEmpty { pool = paragraphs }
    let clock = ContinuousClock()
    for versions in counts {
        var random = BenchRandom(seed: UInt64(versions) &* 0x9E37_79B9 &+ UInt64(words))
        var texts: [String] = []
        var current = paragraphs
        for _ in 0 ..< versions {
            texts.append(current.joined(separator: "\n\n"))
            current = random.edit(current, pool: pool)
        }
        let analyseStart = clock.now
        let documents = texts.enumerated().map { index, text in
            Document(article: Article(id: "v\(index)", text: text), headline: .never)
        }
        let analyse = seconds(clock.now - analyseStart)
        var best = Double.infinity
        var bestCPU = Double.infinity
        var groups = 0
        for _ in 0 ..< repeats {
            let start = clock.now
            let cpuStart = cpuSeconds()
            let alignment = Alignment(documents: documents)
            bestCPU = min(bestCPU, cpuSeconds() - cpuStart)
            best = min(best, seconds(clock.now - start))
            groups = alignment.groups.count
        }
        var usage = rusage()
        #if canImport(Glibc)
            getrusage(RUSAGE_SELF.rawValue, &usage)
        #else
            getrusage(RUSAGE_SELF, &usage)
        #endif
        let sentences = documents.reduce(0) { $0 + $1.sentences.count }
        print(
            "align versions=\(versions) words=\(total) sentences=\(sentences) groups=\(groups) seconds=\(best) cpu_seconds=\(bestCPU) "
                + "analyse_seconds=\(analyse) max_rss_mb=\(Double(usage.ru_maxrss) / maxRSSUnit)")
    }
}

/// `ru_maxrss` is in kilobytes on Linux and bytes on macOS; this converts it to megabytes.
#if canImport(Darwin)
    let maxRSSUnit = 1_048_576.0
#else
    let maxRSSUnit = 1024.0
#endif

/// CPU time of this thread, in seconds (the machine may be shared; wall time then overstates the work).
func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// SplitMix64 plus the edits that make the next version of a story.
struct BenchRandom {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }

    /// The next version: about 10% of paragraphs get a word replaced, 2% are dropped, one is moved, one is added.
    mutating func edit(_ paragraphs: [String], pool: [String]) -> [String] {
        var result: [String] = []
        for paragraph in paragraphs {
            if next(50) == 0 { continue }
            if next(10) == 0 {
                var words = paragraph.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                let k = next(words.count)
                if !words[k].contains(".") { words[k] = ["reportedly", "officials", "Tuesday", "nearly"][next(4)] }
                result.append(words.joined(separator: " "))
            } else {
                result.append(paragraph)
            }
        }
        if result.count > 2 {
            let moved = result.remove(at: next(result.count))
            result.insert(moved, at: next(result.count + 1))
        }
        result.insert(pool[next(pool.count)], at: next(result.count + 1))
        return result
    }
}
