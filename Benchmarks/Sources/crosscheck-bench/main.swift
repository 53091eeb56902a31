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
            + "| html FILE...")
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
case "diff": diffPhases(arguments.dropFirst())
default: usage()
}
