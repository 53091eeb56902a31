import CrosscheckTestSupport
import Foundation
import Testing

/// `crosscheck diff` reads plain command lines without ArgumentParser (`DiffCommand.Settings(fastParsing:)`). These
/// tests run each command line of a table with the fast path and with `CROSSCHECK_DIFF_FAST_PATH=off` (ArgumentParser
/// only) and require the same standard output, standard error, exit status and output file; and, with
/// `CROSSCHECK_DIFF_FAST_PATH=require`, that the fast path takes exactly the lines the table says it takes.
@Suite struct DiffFastPathCLITests {
    /// One command line. Words in capitals are replaced by paths: OLD and NEW are two versions of a small article,
    /// BAD is a file with invalid UTF-8, MISSING does not exist, OUT.json/OUT.html/OUT.md/OUT.txt/OTHER.json are
    /// output files.
    struct Line: CustomTestStringConvertible, Sendable {
        var arguments: [String]
        /// Whether the fast path takes the line.
        var fast: Bool

        var testDescription: String { (fast ? "fast: " : "parser: ") + arguments.joined(separator: " ") }
    }

    static let lines: [Line] = [
        // Lines the fast path takes: every option it knows, each value, in any order, and input errors.
        Line(arguments: ["diff", "OLD", "NEW"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--by", "word"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--by", "sentence"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--by", "char"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--by", "line"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--whitespace", "significant"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--whitespace", "folded", "--no-moves"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "text"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "json"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "markdown"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "html"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "text", "--color", "always"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "text", "--color", "never"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "text", "--color", "auto"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "-o", "OUT.json"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "--output", "OUT.html"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "-o", "OUT.md", "--by", "sentence"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "-o", "OUT.txt", "--format", "json"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "-o", "-", "--format", "text"], fast: true),
        Line(arguments: ["diff", "--by", "char", "OLD", "--no-moves", "NEW"], fast: true),
        Line(
            arguments: [
                "diff", "--lossy", "--by", "line", "--whitespace", "significant", "--no-moves", "--color", "never",
                "--format", "json", "--output", "OUT.json", "OLD", "NEW",
            ], fast: true),
        Line(arguments: ["diff", "BAD", "NEW", "--format", "json"], fast: true),
        Line(arguments: ["diff", "BAD", "NEW", "--format", "json", "--lossy"], fast: true),
        Line(arguments: ["diff", "MISSING", "NEW"], fast: true),
        Line(arguments: ["diff", "OLD", "NEW", "-o", "MISSING/out.json"], fast: true),
        // Near misses: ArgumentParser decides.
        Line(arguments: ["diff", "OLD", "NEW", "--by=word"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--format=json"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--by", "word", "--by", "char"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--no-moves", "--no-moves"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--lossy", "--lossy"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "-o", "OUT.json", "--output", "OTHER.json"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--output", "OUT.json", "-o", "OTHER.json"], fast: false),
        Line(arguments: ["diff", "-", "NEW"], fast: false),
        Line(arguments: ["diff", "OLD", "-"], fast: false),
        Line(arguments: ["diff", "-", "-"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--help"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "-h"], fast: false),
        Line(arguments: ["diff", "--help"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--unknown"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "-x"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--by", "paragraph"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--by", "Word"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--whitespace", "none"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--color", "sometimes"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "tei"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "jsonl"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--format", "xml"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--by"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--by", "--no-moves"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "-o"], fast: false),
        Line(arguments: ["diff", "OLD"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "NEW"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--max-article-bytes", "10"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--input-format", "text"], fast: false),
        Line(arguments: ["diff", "OLD", "NEW", "--", "--by"], fast: false),
        Line(arguments: ["--version"], fast: false),
        Line(arguments: ["segment", "OLD", "NEW"], fast: false),
    ]

    /// What a run printed, its exit status and the output files it left.
    struct Outcome: Equatable {
        var result: CLIRunner.Result
        var files: [String: [UInt8]]
    }

    @Test(arguments: lines)
    func fastPathAndArgumentParserAgree(_ line: Line) throws {
        let directory = TemporaryDirectory()
        let old = directory.write(
            "old.txt", "Bridge reopens\n\nThe bridge reopened on Friday after two months.\n\nTraffic was light.\n")
        let new = directory.write(
            "new.txt", "Bridge reopens\n\nThe bridge reopened on Saturday after three months.\n\nTraffic was heavy.\n")
        let bad = directory.write("bad.txt", Array("Broken \u{FF} text\n".utf8) + [0xFF, 0x0A])
        let places = [
            "OLD": old, "NEW": new, "BAD": bad, "MISSING": directory.path + "/missing.txt",
            "OUT.json": directory.path + "/out.json", "OUT.html": directory.path + "/out.html",
            "OUT.md": directory.path + "/out.md", "OUT.txt": directory.path + "/out.txt",
            "OTHER.json": directory.path + "/other.json", "MISSING/out.json": directory.path + "/missing/out.json",
        ]
        let arguments = line.arguments.map { places[$0] ?? $0 }
        let outputs = ["out.json", "out.html", "out.md", "out.txt", "other.json"].map { directory.path + "/" + $0 }

        func outcome(_ mode: String?) throws -> Outcome {
            let environment = mode.map { ["CROSSCHECK_DIFF_FAST_PATH": $0] } ?? [:]
            let result = try CLIRunner.run(arguments, environment: environment)
            var files: [String: [UInt8]] = [:]
            for path in outputs {
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                files[path] = Array(data)
                try FileManager.default.removeItem(atPath: path)
            }
            return Outcome(result: result, files: files)
        }

        let parsed = try outcome("off")
        let required = try outcome("require")
        if line.fast {
            #expect(!required.result.stderr.contains("CROSSCHECK_DIFF_FAST_PATH"), "\(required.result.stderr)")
            #expect(required == parsed)
            // The fast lines are meant to do something: a diff or an input error, never a usage error.
            #expect(parsed.result.status == 0 || parsed.result.status == 2, "\(parsed.result.stderr)")
        } else {
            #expect(required.result.status == 3)
            #expect(required.result.stderr.contains("CROSSCHECK_DIFF_FAST_PATH=require"))
            #expect(try outcome(nil) == parsed)
        }
    }

    @Test func fastLinesWriteTheDiffTheyAskFor() throws {
        let directory = TemporaryDirectory()
        let old = directory.write("old.txt", "The bridge reopened on Friday.\n")
        let new = directory.write("new.txt", "The bridge reopened on Saturday.\n")
        let text = try CLIRunner.run(
            ["diff", old, new, "--format", "text", "--color", "never"],
            environment: ["CROSSCHECK_DIFF_FAST_PATH": "require"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("[-Friday.-]{+Saturday.+}") || text.stdout.contains("[-Friday-]{+Saturday+}"))
        let html = directory.path + "/changes.html"
        let written = try CLIRunner.run(
            ["diff", old, new, "-o", html], environment: ["CROSSCHECK_DIFF_FAST_PATH": "require"])
        #expect(written.status == 0 && written.stdout.isEmpty)
        let page = String(decoding: FileManager.default.contents(atPath: html) ?? Data(), as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>") || page.hasPrefix("<!doctype html>"))
    }
}
