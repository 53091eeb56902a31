import Crosscheck
import FuzzSupport

/// Reads the input as an article file: the first byte picks JSON, JSONL or sniffing, and strict or lossy UTF-8; the
/// rest is the file. Thrown errors are expected; only crashes and sanitizer reports are findings.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = FuzzInput.bytes(data, size)
    guard let first = bytes.first else { return 0 }
    let formats: [ArticleFormat?] = [.jsonl, .json, nil, .jsonl]
    let format = formats[Int(first & 3)]
    let limits = InputLimits(maxDecompressedBytes: 8 << 20, maxLineBytes: 1 << 20, maxArticleBytes: 1 << 20)
    let options = IngestOptions(limits: limits, lossy: first & 4 != 0, format: format)
    guard let path = FuzzInput.scratchFile(Array(bytes.dropFirst()), suffix: ".dat") else { return 0 }
    do {
        var count = 0
        try ArticleReader(options: options).forEachArticle(path: path) { article in
            count += 1
            FuzzInput.require(article.text.utf8.count <= limits.maxArticleBytes, "article over the size limit")
        }
    } catch {
        // Malformed JSON, invalid UTF-8 and exceeded limits end in an error: fine.
    }
    return 0
}

FuzzDriver.run(fuzz)
