import CrosscheckTestSupport
import Foundation
import Testing

/// `crosscheck check` and `crosscheck report` end to end: exit codes with `--fail-on`, JSON shape, report files.
@Suite struct CheckCLITests {
    private func run(_ arguments: [String]) throws -> (status: Int32, stdout: String) {
        let path = try #require(CLIRunner.executable, "build the crosscheck executable first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self))
    }

    private let seed = FixturePaths.path("guterres-moscow.txt")
    private let edited = FixturePaths.path("guterres-moscow-edited.txt")
    private let outlet = FixturePaths.path("guterres-moscow-outlet-b.txt")
    private let typographic = FixturePaths.path("guterres-moscow-typographic.txt")

    @Test func failOnSetsTheExitStatusAfterWritingOutput() throws {
        let major = try run(["check", seed, edited, "--format", "json", "--fail-on", "major"])
        #expect(major.status == 1)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(major.stdout.utf8)) as? [String: Any])
        let discrepancies = try #require(json["discrepancies"] as? [[String: Any]])
        #expect(discrepancies.count == 6)
        #expect((json["documents"] as? [[String: Any]])?.allSatisfy { $0["text"] == nil } == true)
        #expect(try run(["check", seed, edited, "--format", "json", "--fail-on", "critical"]).status == 0)
        #expect(try run(["check", seed, outlet, "--format", "json", "--fail-on", "critical"]).status == 1)
        #expect(try run(["check", seed, typographic, "--format", "text", "--fail-on", "info"]).status == 0)
        #expect(try run(["check", seed, edited, "--format", "text"]).status == 0)
    }

    @Test func listChecksPrintsEveryKind() throws {
        let result = try run(["check", "--list-checks"])
        #expect(result.status == 0)
        for kind in [
            "quote-wording", "quote-speaker", "quote-cue", "quote-missing", "number", "date", "entity",
            "hedge", "sentence-added", "sentence-removed", "sentence-edited",
        ] {
            #expect(result.stdout.contains("\n\(kind) (") || result.stdout.hasPrefix("\(kind) ("), "\(kind)")
        }
    }

    @Test func reportWritesTheFormatOfItsExtension() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("crosscheck-report-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for ext in ["html", "md", "json"] {
            let path = directory.appendingPathComponent("r.\(ext)").path
            #expect(try run(["report", seed, outlet, "-o", path]).status == 0)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            switch ext {
            case "html": #expect(text.hasPrefix("<!DOCTYPE html>") && text.contains("id=\"documents\""))
            case "md": #expect(text.hasPrefix("# Review:") && text.contains("## Side by side"))
            default: #expect(text.contains("\"alignment\"") && text.contains("\"quote-speaker\""))
            }
        }
    }
}
