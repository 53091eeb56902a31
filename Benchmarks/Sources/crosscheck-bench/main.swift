// crosscheck-bench: micro-benchmarks of the Crosscheck library, one mode per first argument.
//
//   crosscheck-bench inflate FILE [--chunk-size BYTES]
//       Streams FILE through InputReader (gzip/zlib detection and inflate, no limits) and discards the bytes.
//       Prints one line: `inflate bytes=<decompressed> compressed=<read> seconds=<s> mb_per_s=<MB/s>`.
//
//   crosscheck-bench articles FILE
//       Reads FILE with ArticleReader (format detection, UTF-8 validation, JSON parsing, default limits except
//       sizes) and discards the articles. Prints `articles count=<n> text_bytes=<b> seconds=<s> per_s=<n/s>`.
//
//   crosscheck-bench tokenize FILE [--repeat N]
//       Reads FILE (plain UTF-8 text, optionally gzip) into one SourceText, then times the tokenizer alone over it
//       N times (default 3) and prints the best: `tokenize bytes=<b> tokens=<n> seconds=<s> mb_per_s=<MB/s>`.
//
//   crosscheck-bench html FILE...
//       Reads every page (HTML, optionally gzip) into memory first, then times HTMLExtractor alone over all of them
//       (charset decoding, parsing, metadata, content scoring): `html pages=<n> bytes=<decompressed> text_bytes=<b>
//       seconds=<s> mb_per_s=<MB/s>`. Reading and inflating the files is not timed.
//   crosscheck-bench claims FILE [--repeat N]
//       Reads FILE with ArticleReader, then times Document analysis (tokens, paragraphs, sentences) plus
//       ClaimExtractor over all articles N times (default 3) and prints the best:
//       `claims bytes=<b> articles=<n> claims=<c> seconds=<s> mb_per_s=<MB/s> document_seconds=<s>
//       extractor_mb_per_s=<MB/s> cpu_seconds=<s> cpu_mb_per_s=<MB/s>` (document_seconds times Document analysis
//       alone, extractor_mb_per_s is the extractor's share; cpu_* use the thread's CPU time, which a busy shared
//       machine does not inflate).
//   crosscheck-bench quotes FILE [--repeat N] [--article-bytes B]
//       Reads FILE (plain UTF-8 text, optionally gzip), cuts it into articles of about B bytes (default 4000) at
//       blank lines, then times Document analysis plus QuoteExtractor over all of them N times (default 3) and
//       prints the best: `quotes bytes=<b> articles=<n> quotes=<q> seconds=<s> mb_per_s=<MB/s> cpu_seconds=<s>
//       cpu_mb_per_s=<MB/s>` (the cpu_ figures use the thread's CPU time: one core's throughput).
//   crosscheck-bench align FILE --words N --versions K[,K...] [--repeat R]
//       Makes K versions of an N-word story from FILE's paragraphs and times sentence alignment of all of them
//       (AlignBenchmark.swift): `align versions=<K> words=<N> sentences=<n> groups=<g> seconds=<s>
//       analyse_seconds=<s> max_rss_mb=<MB>`.
//   crosscheck-bench diff OLD NEW [--repeat N]
//       Reads both files (plain text) with ArticleReader, then times the phases of `crosscheck diff --by word
//       --format json` N times (default 3) and prints the best of each: `diff bytes=<old+new> read=<s>
//       tokenize=<s> intern=<s> diff=<s> json=<s> total=<s> edits=<n> json_bytes=<b>`.
//
// Add new modes as new cases of the switch below, each in its own function.
import Crosscheck

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#endif

func printError(_ message: String) {
    var bytes = Array((message + "\n").utf8)
    _ = bytes.withUnsafeMutableBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
}

func usage() -> Never {
    printError(
        "usage: crosscheck-bench inflate FILE [--chunk-size BYTES] | articles FILE | tokenize FILE [--repeat N] "
            + "| html FILE... | claims FILE [--repeat N] | quotes FILE [--repeat N] [--article-bytes B] "
            + "| align FILE --words N --versions K[,K...] [--repeat R] | diff OLD NEW [--repeat N]")
    exit(64)
}

func seconds(_ duration: Duration) -> Double {
    let (whole, attoseconds) = duration.components
    return Double(whole) + Double(attoseconds) / 1e18
}

func inflate(_ arguments: ArraySlice<String>) {
    guard let path = arguments.first else { usage() }
    var chunkSize = InputReader.defaultChunkSize
    if let flag = arguments.firstIndex(of: "--chunk-size") {
        guard flag + 1 < arguments.endIndex, let size = Int(arguments[flag + 1]), size > 0 else { usage() }
        chunkSize = size
    }
    let clock = ContinuousClock()
    let start = clock.now
    do {
        let reader = try InputReader(path: path, limits: .unlimited, chunkSize: chunkSize)
        var total = 0
        while let chunk = try reader.nextChunk() { total += chunk.count }
        let elapsed = seconds(clock.now - start)
        let rate = Double(total) / 1e6 / max(elapsed, 1e-9)
        print("inflate bytes=\(total) compressed=\(reader.bytesRead) seconds=\(elapsed) mb_per_s=\(rate)")
    } catch {
        printError("crosscheck-bench: \(error)")
        exit(2)
    }
}

func articles(_ arguments: ArraySlice<String>) {
    guard let path = arguments.first else { usage() }
    var limits = InputLimits.unlimited
    limits.maxJSONDepth = InputLimits.default.maxJSONDepth
    let reader = ArticleReader(options: IngestOptions(limits: limits))
    let clock = ContinuousClock()
    let start = clock.now
    var count = 0
    var textBytes = 0
    do {
        try reader.forEachArticle(path: path) { article in
            count += 1
            textBytes += article.text.utf8.count
        }
    } catch {
        printError("crosscheck-bench: \(error)")
        exit(2)
    }
    let elapsed = seconds(clock.now - start)
    print(
        "articles count=\(count) text_bytes=\(textBytes) seconds=\(elapsed) per_s=\(Double(count) / max(elapsed, 1e-9))"
    )
}

func tokenize(_ arguments: ArraySlice<String>) {
    guard let path = arguments.first else { usage() }
    var repeats = 3
    if let flag = arguments.firstIndex(of: "--repeat") {
        guard flag + 1 < arguments.endIndex, let n = Int(arguments[flag + 1]), n > 0 else { usage() }
        repeats = n
    }
    let bytes: [UInt8]
    do {
        bytes = try InputReader(path: path, limits: .unlimited).readAll()
    } catch {
        printError("crosscheck-bench: \(error)")
        exit(2)
    }
    let text = SourceText(String(decoding: bytes, as: UTF8.self))
    let tokenizer = Tokenizer()
    let clock = ContinuousClock()
    var best = Double.infinity
    var count = 0
    for _ in 0 ..< repeats {
        let start = clock.now
        let tokens = tokenizer.tokens(in: text)
        best = min(best, seconds(clock.now - start))
        count = tokens.count
    }
    let rate = Double(text.byteCount) / 1e6 / max(best, 1e-9)
    print("tokenize bytes=\(text.byteCount) tokens=\(count) seconds=\(best) mb_per_s=\(rate)")
}

func html(_ arguments: ArraySlice<String>) {
    guard !arguments.isEmpty else { usage() }
    var pages: [(id: String, bytes: [UInt8])] = []
    do {
        for path in arguments {
            pages.append((path, try InputReader(path: path, limits: .unlimited).readAll()))
        }
    } catch {
        printError("crosscheck-bench: \(error)")
        exit(2)
    }
    let extractor = HTMLExtractor()
    let clock = ContinuousClock()
    var textBytes = 0
    let start = clock.now
    do {
        for page in pages {
            textBytes += try extractor.extract(html: page.bytes, id: page.id).text.utf8.count
        }
    } catch {
        printError("crosscheck-bench: \(error)")
        exit(2)
    }
    let elapsed = seconds(clock.now - start)
    let bytes = pages.reduce(0) { $0 + $1.bytes.count }
    let rate = Double(bytes) / 1e6 / max(elapsed, 1e-9)
    print(
        "html pages=\(pages.count) bytes=\(bytes) text_bytes=\(textBytes) seconds=\(elapsed) mb_per_s=\(rate)")
}

/// CPU time of the calling thread, so that a busy machine does not count other processes' time.
func threadCPUSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

func claims(_ arguments: ArraySlice<String>) {
    guard let path = arguments.first else { usage() }
    var repeats = 3
    if let flag = arguments.firstIndex(of: "--repeat") {
        guard flag + 1 < arguments.endIndex, let n = Int(arguments[flag + 1]), n > 0 else { usage() }
        repeats = n
    }
    var limits = InputLimits.unlimited
    limits.maxJSONDepth = InputLimits.default.maxJSONDepth
    var all: [Article] = []
    do {
        try ArticleReader(options: IngestOptions(limits: limits)).forEachArticle(path: path) { all.append($0) }
    } catch {
        printError("crosscheck-bench: \(error)")
        exit(2)
    }
    let bytes = all.reduce(0) { $0 + $1.text.utf8.count }
    let extractor = ClaimExtractor()
    let clock = ContinuousClock()
    var best = Double.infinity
    var bestCPU = Double.infinity
    var count = 0
    for _ in 0 ..< repeats {
        let start = clock.now
        let cpuStart = threadCPUSeconds()
        count = 0
        for article in all { count += extractor.claims(in: Document(article: article)).count }
        best = min(best, seconds(clock.now - start))
        bestCPU = min(bestCPU, threadCPUSeconds() - cpuStart)
    }
    // The same documents without claim extraction, to show the extractor's own share.
    var documentsOnly = Double.infinity
    for _ in 0 ..< repeats {
        let start = clock.now
        var tokens = 0
        for article in all { tokens += Document(article: article).tokens.count }
        documentsOnly = min(documentsOnly, seconds(clock.now - start))
        if tokens < 0 { print(tokens) }
    }
    let rate = Double(bytes) / 1e6 / max(best, 1e-9)
    let extractorRate = Double(bytes) / 1e6 / max(best - documentsOnly, 1e-9)
    let cpuRate = Double(bytes) / 1e6 / max(bestCPU, 1e-9)
    print(
        "claims bytes=\(bytes) articles=\(all.count) claims=\(count) seconds=\(best) mb_per_s=\(rate)"
            + " document_seconds=\(documentsOnly) extractor_mb_per_s=\(extractorRate)"
            + " cpu_seconds=\(bestCPU) cpu_mb_per_s=\(cpuRate)")
}

func quotes(_ arguments: ArraySlice<String>) {
    guard let path = arguments.first else { usage() }
    var repeats = 3
    var articleBytes = 4000
    if let flag = arguments.firstIndex(of: "--repeat") {
        guard flag + 1 < arguments.endIndex, let n = Int(arguments[flag + 1]), n > 0 else { usage() }
        repeats = n
    }
    if let flag = arguments.firstIndex(of: "--article-bytes") {
        guard flag + 1 < arguments.endIndex, let n = Int(arguments[flag + 1]), n > 0 else { usage() }
        articleBytes = n
    }
    let bytes: [UInt8]
    do {
        bytes = try InputReader(path: path, limits: .unlimited).readAll()
    } catch {
        printError("crosscheck-bench: \(error)")
        exit(2)
    }
    // Cut at the first blank line after every `articleBytes` bytes, so paragraphs stay whole.
    var articles = [Article]()
    var start = 0
    while start < bytes.count {
        var end = min(start + articleBytes, bytes.count)
        while end < bytes.count - 1 && !(bytes[end] == 0x0A && bytes[end + 1] == 0x0A) { end += 1 }
        end = min(end + 2, bytes.count)
        let text = String(decoding: bytes[start ..< end], as: UTF8.self)
        articles.append(Article(id: "a\(articles.count)", text: text))
        start = end
    }
    let extractor = QuoteExtractor()
    let clock = ContinuousClock()
    var best = Double.infinity
    var bestCPU = Double.infinity
    var count = 0
    for _ in 0 ..< repeats {
        let begin = clock.now
        let cpuBegin = threadCPUSeconds()
        var found = 0
        for article in articles {
            found += extractor.quotes(in: Document(article: article)).count
        }
        best = min(best, seconds(clock.now - begin))
        bestCPU = min(bestCPU, threadCPUSeconds() - cpuBegin)
        count = found
    }
    let total = articles.reduce(0) { $0 + $1.text.utf8.count }
    let rate = Double(total) / 1e6 / max(best, 1e-9)
    let cpuRate = Double(total) / 1e6 / max(bestCPU, 1e-9)
    print(
        "quotes bytes=\(total) articles=\(articles.count) quotes=\(count) seconds=\(best) mb_per_s=\(rate)"
            + " cpu_seconds=\(bestCPU) cpu_mb_per_s=\(cpuRate)")
}

func diffPhases(_ arguments: ArraySlice<String>) {
    guard arguments.count >= 2 else { usage() }
    let paths = Array(arguments.prefix(2))
    var repeats = 3
    if let flag = arguments.firstIndex(of: "--repeat") {
        guard flag + 1 < arguments.endIndex, let n = Int(arguments[flag + 1]), n > 0 else { usage() }
        repeats = n
    }
    var limits = InputLimits.unlimited
    limits.maxJSONDepth = InputLimits.default.maxJSONDepth
    let reader = ArticleReader(options: IngestOptions(limits: limits))
    let clock = ContinuousClock()
    var best = [Double](repeating: .infinity, count: 6)
    var edits = 0
    var jsonBytes = 0
    var bytes = 0
    do {
        for _ in 0 ..< repeats {
            var t = clock.now
            var phase = 0
            func lap() {
                let now = clock.now
                best[phase] = min(best[phase], seconds(now - t))
                t = now
                phase += 1
            }
            let start = clock.now
            let articles = try paths.map { path -> Article in
                guard let article = try reader.read(path: path).first else { usage() }
                return article
            }
            lap()
            let texts = articles.map { SourceText($0.text) }
            let tokens = texts.map { Tokenizer().tokens(in: $0) }
            lap()
            var interner = TokenInterner()
            let ids = (0 ..< 2).map { interner.ids(for: tokens[$0], in: texts[$0]) }
            lap()
            let diff = try TextDiff.words(
                old: texts[0], oldTokens: tokens[0], oldIds: ids[0], new: texts[1], newTokens: tokens[1],
                newIds: ids[1])
            lap()
            let json = ArticleDiffResult(old: articles[0], new: articles[1], diff: diff).json()
            lap()
            best[5] = min(best[5], seconds(clock.now - start))
            edits = diff.textEdits.count
            jsonBytes = json.count
            bytes = texts[0].byteCount + texts[1].byteCount
        }
    } catch {
        printError("crosscheck-bench: \(error)")
        exit(2)
    }
    let names = ["read", "tokenize", "intern", "diff", "json", "total"]
    let phases = zip(names, best).map { "\($0)=\(String(format3: $1))" }.joined(separator: " ")
    print("diff bytes=\(bytes) \(phases) edits=\(edits) json_bytes=\(jsonBytes)")
}

extension String {
    /// Seconds with millisecond precision.
    init(format3 value: Double) {
        let millis = Int((value * 1000).rounded())
        self =
            "\(millis / 1000).\(String(millis % 1000).count < 3 ? String(repeating: "0", count: 3 - String(millis % 1000).count) : "")\(millis % 1000)"
    }
}

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "inflate": inflate(arguments.dropFirst())
case "articles": articles(arguments.dropFirst())
case "tokenize": tokenize(arguments.dropFirst())
case "html": html(arguments.dropFirst())
case "claims": claims(arguments.dropFirst())
case "quotes": quotes(arguments.dropFirst())
case "align": alignBenchmark(arguments.dropFirst())
case "diff": diffPhases(arguments.dropFirst())
default: usage()
}
