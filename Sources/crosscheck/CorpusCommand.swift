import ArgumentParser
import Crosscheck
import CrosscheckLedger
import Foundation

/// `crosscheck corpus INPUT...`: groups a corpus into stories, checks each, writes one JSON line per story.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Group a corpus into stories and check every story; one JSON line per story.",
        discussion: """
            Streams JSONL and WARC inputs (optionally gzip) with bounded memory, groups articles into stories \
            (versions and outlets of one story: MinHash/LSH over word shingles confirmed by shingle similarity and \
            a publication-time window; versions of one URL are one story; or --group-by FIELD), runs the check of \
            'crosscheck check' on every story on --jobs workers and writes one line per story in a deterministic \
            order: {"story", "status", "documents", "discrepancies", "counts", "unrelated"} (docs/corpus.md). \
            '-' reads article JSON lines from standard input; lines go to standard output unless -o is given. \
            Bad records are skipped and reported on standard error; the exit status is then 2, after every good \
            story is written. With --fail-on, exits 1 when a discrepancy at or above it is found. --checkpoint \
            makes the run resumable after a crash: rerun the same command. --ledger DB also stores every story's \
            articles and quotes in a quote ledger (as 'crosscheck ledger add' does; one transaction per story, \
            articles already stored are skipped, so a resumed or repeated run stores nothing twice).

            Example:
              crosscheck corpus day1.jsonl.gz day2.warc.gz -o stories.jsonl --jobs 4
              cat part-0001.jsonl | crosscheck corpus - > stories.jsonl
              crosscheck corpus big.jsonl.gz -o stories.jsonl --checkpoint stories.ckpt
              crosscheck corpus day1.jsonl.gz -o stories.jsonl --ledger news.sqlite
            """
    )

    @Argument(help: "Input files: JSONL or WARC, optionally gzip ('-' for article JSON lines on standard input).")
    var inputs: [String]

    @Option(name: .shortAndLong, help: "Write the lines to this file (atomically; in place with --checkpoint).")
    var output: String?

    @Option(help: "Worker threads (default: the active processor count).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "'story' (by content, the default), a field name (e.g. url), or field:NAME.")
    var groupBy: String = "story"

    @Option(help: "Most time between two articles grouped by similarity: seconds, or with s/m/h/d (e.g. 72h).")
    var window: String = "3d"

    @Option(help: "Least word-shingle Jaccard similarity of two articles of one story (0–1].")
    var minSimilarity: Double = CorpusOptions().minimumSimilarity

    @Option(
        help:
            "Least salient-term similarity (idf-weighted cosine, (0–1]) of two independently written articles of one story; 'none' turns it off."
    )
    var minTermSimilarity: String = CorpusOptions().minimumTermSimilarity.map { "\($0)" } ?? "none"

    @Option(help: "Most articles one story may hold; a larger story is split.")
    var maxStoryDocuments: Int = CorpusOptions().maxStoryDocuments

    @Option(help: "Most articles kept open for grouping; older ones close their stories.")
    var maxOpenDocuments: Int = CorpusOptions().maxOpenDocuments

    @Option(help: "Most article text held by unfinished stories (K/M/G).")
    var maxOpenBytes = ByteCount(CorpusOptions().maxOpenBytes)

    @Option(help: "Most seconds to check one story ('none' for no limit); a slower story is skipped.")
    var storyTimeout: String = "60"

    @Option(
        help:
            "What to do with each story: check (discrepancies), group (documents only), diff (word diff of each version against the previous one)."
    )
    var mode: CorpusMode = .check

    @Option(help: "Exit 1 when a discrepancy at or above this severity is found: info, minor, major, critical.")
    var failOn: Severity?

    @Option(help: "Record progress in this file so that a rerun of the same command resumes (needs -o).")
    var checkpoint: String?

    @Option(help: "Also store every story's articles and quotes in this quote ledger (SQLite; created if missing).")
    var ledger: String?

    @Flag(help: "Print the run's counts as one JSON line on standard error at the end.")
    var summary = false

    @Option(help: "Whether the first line is the headline: auto (when the article has no title), always, never.")
    var headline: HeadlineRule = .auto

    @OptionGroup var input: InputOptions

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("corpus needs at least one input") }
        if checkpoint != nil && (output == nil || output == "-") {
            throw ValidationError("--checkpoint needs -o FILE (standard output cannot be resumed)")
        }
        if checkpoint != nil && inputs.contains("-") {
            throw ValidationError("--checkpoint needs input files (standard input cannot be read again on resume)")
        }
        _ = try corpusOptions()
    }

    /// The library options these command-line options describe.
    func corpusOptions() throws -> CorpusOptions {
        var options = CorpusOptions()
        guard let grouping = StoryGrouping(argument: groupBy) else {
            throw ValidationError("--group-by '\(groupBy)' is not 'story', a field name or field:NAME")
        }
        options.grouping = grouping
        options.jobs = jobs
        guard let windowSeconds = Self.seconds(window) else {
            throw ValidationError("--window '\(window)' is not a duration (e.g. 3600, 90m, 72h, 3d)")
        }
        options.windowSeconds = windowSeconds
        options.minimumSimilarity = minSimilarity
        if minTermSimilarity == "none" {
            options.minimumTermSimilarity = nil
        } else if let value = Double(minTermSimilarity) {
            options.minimumTermSimilarity = value
        } else {
            throw ValidationError("--min-term-similarity '\(minTermSimilarity)' must be a number in (0, 1] or 'none'")
        }
        options.maxStoryDocuments = maxStoryDocuments
        options.maxOpenDocuments = maxOpenDocuments
        options.maxOpenBytes = maxOpenBytes.bytes
        if storyTimeout.lowercased() == "none" {
            options.storyTimeout = nil
        } else if let timeout = Double(storyTimeout) {
            options.storyTimeout = timeout
        } else {
            throw ValidationError("--story-timeout '\(storyTimeout)' is not a number of seconds or 'none'")
        }
        options.mode = mode
        options.headline = headline
        options.failOn = failOn
        do {
            try options.validate()
        } catch {
            throw ValidationError(error.description)
        }
        return options
    }

    mutating func run() throws {
        let printSummary = self.summary
        var summary = CorpusSummary()
        try CommandFailure.run {
            let options = try corpusOptions()
            let ingest = try input.ingestOptions()
            let runner = CorpusRunner(inputs: inputs, ingest: ingest, options: options)
            if let ledger {
                let store = try QuoteLedger(path: ledger, options: options.checkOptions)
                runner.sinks.append(CorpusLedgerSink(ledger: store, headline: options.headline))
            }
            let bar = ProgressBar.onTerminal()
            if let bar { runner.progress = { bar.show($0) } }
            let fingerprint = CorpusCheckpoint.fingerprint(description: runDescription(options), inputs: inputs)
            var resume: CorpusCheckpoint?
            if let checkpoint {
                resume = try CorpusCheckpoint.load(path: checkpoint)
                if let resume, resume.fingerprint != fingerprint {
                    throw CorpusError.checkpointMismatch(
                        path: checkpoint,
                        reason: "written by a run with other arguments or inputs; delete it to start over")
                }
            }
            let destination: CorpusOutput
            if let output, output != "-" {
                destination =
                    checkpoint != nil
                    ? try CorpusOutput.resumable(path: output, keeping: resume?.outputBytes ?? 0)
                    : try CorpusOutput.atomic(path: output)
            } else {
                destination = CorpusOutput.standardOutput()
            }
            do {
                summary = try runner.run(
                    output: destination, checkpoint: checkpoint.map { ($0, resume) }, fingerprint: fingerprint
                ) { issue in
                    bar?.clear()
                    CommandFailure.report(issue.description)
                }
            } catch {
                destination.discard()
                throw error
            }
            bar?.clear()
            if printSummary {
                let line = try JSONOutput.encode(summary, pretty: false)
                FileHandle.standardError.write(Data(line + [0x0A]))
            }
            if summary.skippedAnything {
                CommandFailure.report(
                    "wrote \(summary.storiesWritten) stories from \(summary.articles) articles; skipped "
                        + "\(summary.skippedRecords) records, \(summary.skippedInputs) input remainders, "
                        + "\(summary.timedOutStories) story checks (see above)")
            }
        }
        if summary.skippedAnything { throw CommandFailure.inputError }
        if summary.failing > 0 { throw ExitCode(1) }
    }

    /// What decides the output, for the checkpoint's fingerprint (not --jobs: it does not change the output). The
    /// ledger path counts too: resuming into another ledger (or none) would leave the first stories out of it.
    private func runDescription(_ options: CorpusOptions) -> String {
        var parts = [
            "group-by=\(options.grouping)", "window=\(options.windowSeconds)",
            "min-similarity=\(options.minimumSimilarity)",
            "min-term-similarity=\(options.minimumTermSimilarity.map { "\($0)" } ?? "none")",
            "max-story-documents=\(options.maxStoryDocuments)",
            "max-open-documents=\(options.maxOpenDocuments)", "max-open-bytes=\(options.maxOpenBytes)",
            "mode=\(options.mode)", "headline=\(options.headline)", "fields=\(input.fields)",
            "lossy=\(input.lossy)", "format=\(input.inputFormat.map { "\($0)" } ?? "auto")",
            "inputs=\(inputs.joined(separator: ","))",
        ]
        if let ledger { parts.append("ledger=\(ledger)") }
        return parts.joined(separator: ";")
    }

    /// Parses `3600`, `90m`, `72h`, `3d`, `30s`.
    static func seconds(_ text: String) -> Int64? {
        let units: [Character: Int64] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        var number = Substring(text)
        var unit: Int64 = 1
        if let last = number.last, let value = units[last] {
            unit = value
            number = number.dropLast()
        }
        guard let value = Int64(number), value >= 0, value <= Int64.max / unit else { return nil }
        return value * unit
    }
}

extension CorpusMode: ExpressibleByArgument {}
