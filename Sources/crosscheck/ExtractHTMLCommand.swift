import ArgumentParser
@_spi(WebTools) import Crosscheck
import Foundation

/// `crosscheck _extract-html FILE...`: a hidden development command that prints the article of each HTML page
/// (`.html`, `.htm`, optionally gzip-compressed) as one JSON object per line. `crosscheck extract` supersedes it.
struct ExtractHTMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "_extract-html",
        abstract: "Print the main text of HTML pages as JSON lines (development command).",
        discussion: "Example: crosscheck _extract-html page.html.gz",
        shouldDisplay: false
    )

    @Argument(help: "HTML files (.html, .htm, or .gz of either).")
    var files: [String]

    @Flag(help: "Print the HTML bytes read and the extraction time to standard error.")
    var timing = false

    func run() throws {
        let extractor = HTMLExtractor()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var totalBytes = 0
        var seconds = 0.0
        var output = Data()
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("crosscheck: cannot read '\(path)'\n".utf8))
                throw ExitCode(2)
            }
            do {
                let html = try ContentDecoding.gunzipIfCompressed([UInt8](data), source: path)
                let started = ContinuousClock.now
                let name = URL(fileURLWithPath: path).lastPathComponent
                let id = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
                let article = try extractor.extract(html: html, id: id)
                let elapsed = ContinuousClock.now - started
                seconds += Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                totalBytes += html.count
                output.append(try encoder.encode(article))
                output.append(0x0A)
            } catch let error as WebError {
                FileHandle.standardError.write(Data("crosscheck: \(error)\n".utf8))
                throw ExitCode(2)
            }
        }
        FileHandle.standardOutput.write(output)
        if timing {
            let rate = seconds > 0 ? Double(totalBytes) / seconds / 1e6 : 0
            let line = String(
                format: "html bytes: %d, extraction seconds: %.3f, throughput: %.1f MB/s\n",
                totalBytes, seconds, rate)
            FileHandle.standardError.write(Data(line.utf8))
        }
    }
}
