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
//   crosscheck-bench quotes FILE [--repeat N] [--article-bytes B]
//       Reads FILE (plain UTF-8 text, optionally gzip), cuts it into articles of about B bytes (default 4000) at
//       blank lines, then times Document analysis plus QuoteExtractor over all of them N times (default 3) and
//       prints the best: `quotes bytes=<b> articles=<n> quotes=<q> seconds=<s> mb_per_s=<MB/s> cpu_seconds=<s>
//       cpu_mb_per_s=<MB/s>` (the cpu_ figures use the thread's CPU time: one core's throughput).
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
        "usage: crosscheck-bench inflate FILE [--chunk-size BYTES] | articles FILE | tokenize FILE [--repeat N]"
            + " | quotes FILE [--repeat N] [--article-bytes B]")
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

/// CPU time of the calling thread, in seconds (wall-clock time misleads on a shared machine).
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
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

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "inflate": inflate(arguments.dropFirst())
case "articles": articles(arguments.dropFirst())
case "tokenize": tokenize(arguments.dropFirst())
case "quotes": quotes(arguments.dropFirst())
default: usage()
}
