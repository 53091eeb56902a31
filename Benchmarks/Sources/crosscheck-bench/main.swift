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
//
//   crosscheck-bench align FILE --words N --versions K[,K...] [--repeat R]
//       Makes K versions of an N-word story from FILE's paragraphs and times sentence alignment of all of them
//       (AlignBenchmark.swift): `align versions=<K> words=<N> sentences=<n> groups=<g> seconds=<s>
//       analyse_seconds=<s> max_rss_mb=<MB>`.
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
            + "| html FILE... | align FILE --words N --versions K[,K...] [--repeat R]")
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

let arguments = CommandLine.arguments.dropFirst()
switch arguments.first {
case "inflate": inflate(arguments.dropFirst())
case "articles": articles(arguments.dropFirst())
case "tokenize": tokenize(arguments.dropFirst())
case "html": html(arguments.dropFirst())
case "align": alignBenchmark(arguments.dropFirst())
default: usage()
}
