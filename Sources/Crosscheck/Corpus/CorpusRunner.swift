#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Runs `crosscheck corpus`: streams the inputs, groups articles into stories, checks every story on worker threads
/// and writes one JSON line per story, in a deterministic order whatever the number of workers.
///
/// Pipeline (docs/corpus.md): a pool of ``CorpusOptions/jobs`` workers reads and analyses the input in batches of
/// records. Each job reads the next batch in its turn (inflating gzip, splitting JSON lines, WARC framing; one job at a
/// time, in job order, so batches come in input order), decodes and sketches it in parallel with the other jobs (JSON,
/// tokens, MinHash sketch, salient terms), then reads and updates the salient terms' document frequencies in its turn
/// (they count the articles in input order) and makes the salient-term profiles from them in parallel again. The
/// results come back in input order to the ``StoryGrouper`` on the calling thread, which only links, unions and evicts;
/// every finished story goes to a second pool of workers that builds its documents, runs ``Crosschecker`` and encodes
/// its line; lines come back in story order and are written, then handed to the sinks. Both pools hold a bounded number
/// of jobs, so memory is bounded by the grouping buffer plus a few batches and stories, and the output is the same for
/// any number of workers.
///
/// Bad records are skipped and reported through `issue`; corrupt or truncated compressed data skips the rest of
/// that input (what was read before is kept).
///
/// ```swift
/// var options = CorpusOptions()
/// options.jobs = 4
/// let runner = CorpusRunner(inputs: ["day1.jsonl.gz"], ingest: IngestOptions(), options: options)
/// let summary = try runner.run(output: .standardOutput()) { print($0) }
/// ```
public final class CorpusRunner {
    /// The input paths (`-` is standard input, read as JSON lines unless a format is forced).
    public let inputs: [String]
    /// How inputs are read.
    public let ingest: IngestOptions
    /// Grouping, limits, parallelism and checking.
    public let options: CorpusOptions
    /// Consumers of finished stories (e.g. a quote ledger), called in output order.
    public var sinks: [any CorpusStorySink] = []
    /// Called on the calling thread about five times a second while running.
    public var progress: ((CorpusProgress) -> Void)?

    fileprivate static let batchArticles = 64
    fileprivate static let batchBytes = 1 << 20
    /// The most stories in one check job (`--mode group` and `--mode diff`, whose stories are cheap: one job per
    /// story cost more in thread hand-offs than the work itself).
    fileprivate static let storyBatchStories = 64
    /// A check job takes no more stories once their articles hold this many text bytes.
    fileprivate static let storyBatchBytes = 256 << 10

    /// Creates a runner.
    /// - Parameters:
    ///   - inputs: Paths, or `-`.
    ///   - ingest: How to read them; ``IngestOptions/extraFields`` gets the `--group-by` field added.
    ///   - options: The run's settings.
    public init(inputs: [String], ingest: IngestOptions, options: CorpusOptions) {
        self.inputs = inputs
        var ingest = ingest
        if case .field(let name) = options.grouping, ArticleField(rawValue: name) == nil,
            !ingest.extraFields.contains(name)
        {
            ingest.extraFields.append(name)
        }
        self.ingest = ingest
        self.options = options
    }

    /// Runs the corpus.
    /// - Parameters:
    ///   - output: Where the lines go.
    ///   - checkpoint: `--checkpoint`: the file to record progress in, and the checkpoint to resume from (its
    ///     stories are skipped; `output` must already be truncated to its length), if any.
    ///   - fingerprint: What identifies this run in the checkpoint (see ``CorpusCheckpoint/fingerprint(description:inputs:)``).
    ///   - issue: Called for every skipped record, input or story, on the calling thread.
    /// - Returns: The counts.
    /// - Throws: ``CorpusError`` for bad options or checkpoint I/O, ``OutputError`` when the output cannot be
    ///   written, or what a sink throws. Input problems are not thrown: they are skipped and reported.
    /// - Complexity: O(n) in the input size for reading and grouping (no all-pairs comparison), plus the checks.
    public func run(
        output: CorpusOutput, checkpoint: (path: String, resume: CorpusCheckpoint?)? = nil, fingerprint: String = "",
        issue: @escaping (CorpusIssue) -> Void
    ) throws -> CorpusSummary {
        try options.validate()
        var state = RunState(
            runner: self, output: output, checkpointPath: checkpoint?.path, fingerprint: fingerprint,
            skip: checkpoint?.resume?.stories ?? 0, issue: issue)
        defer { state.shutdown() }
        try state.readAll()
        try state.finish()
        return state.summary
    }
}

/// The mutable state of one run (kept apart so that ``CorpusRunner`` stays a description of the run).
private struct RunState {
    let runner: CorpusRunner
    let output: CorpusOutput
    let checkpointPath: String?
    let fingerprint: String
    let skip: Int
    let issue: (CorpusIssue) -> Void
    let sketchPool: OrderedWorkPool<ReadWork>
    let reader: CorpusReader
    let readTurns = OrderedTurns()
    let profileTurns = OrderedTurns()
    let profiler = ProfilerBox()
    var tickets = 0
    var readEnded = false
    let checkPool: OrderedWorkPool<[CorpusStoryOutcome]>
    var grouper: StoryGrouper
    var summary = CorpusSummary()
    var sequence = 0
    var storiesWritten = 0
    var positions: [CorpusCheckpoint.InputPosition] = []
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    var lastReport: ContinuousClock.Instant
    var lastCheckpoint: ContinuousClock.Instant
    let totalBytes: Int?
    /// Bytes of the inputs read completely.
    var bytesBefore = 0
    /// Bytes of the inputs read so far (as far as grouped).
    var readBytes = 0
    /// The input whose position is the last of ``positions``.
    var positionInput = -1

    init(
        runner: CorpusRunner, output: CorpusOutput, checkpointPath: String?, fingerprint: String, skip: Int,
        issue: @escaping (CorpusIssue) -> Void
    ) {
        self.runner = runner
        self.output = output
        self.checkpointPath = checkpointPath
        self.fingerprint = fingerprint
        self.skip = skip
        self.issue = issue
        let jobs = runner.options.jobs
        sketchPool = OrderedWorkPool(workers: jobs, capacity: 2 * jobs + 2)
        checkPool = OrderedWorkPool(workers: jobs, capacity: 4 * jobs + 4)
        grouper = StoryGrouper(options: runner.options)
        reader = CorpusReader(
            inputs: runner.inputs, ingest: runner.ingest, maxRecords: CorpusRunner.batchArticles,
            maxBytes: CorpusRunner.batchBytes)
        start = clock.now
        lastReport = start
        lastCheckpoint = start
        storiesWritten = skip
        summary.storiesResumed = skip
        var total = 0
        var known = true
        for input in runner.inputs {
            if input == "-" {
                known = false
                continue
            }
            var info = stat()
            if stat(input, &info) == 0 { total += Int(info.st_size) } else { known = false }
        }
        totalBytes = known ? total : nil
    }

    func shutdown() {
        readTurns.cancel()
        profileTurns.cancel()
        sketchPool.shutdown()
        checkPool.shutdown()
    }

    // MARK: - Reading

    /// One job's work: a batch read (in turn), its records decoded and analysed (in parallel), their terms counted
    /// in the document frequencies (in turn) and their salient profiles made (in parallel); `batch` is `nil` once
    /// every input has been read.
    struct ReadWork: Sendable {
        var batch: CorpusReader.Batch?
        var entries: [Result<CorpusEntry, IngestError>]
    }

    /// The document frequencies of the salient-term channel, used by one job at a time (``profileTurns``).
    final class ProfilerBox: @unchecked Sendable {
        var profiler = SalientProfiler()
    }

    /// Reads the inputs through the workers: each job reads the next batch of records in its turn (inflating and
    /// splitting lines), decodes and analyses them (JSON, tokens, sketch, terms) in parallel with the other jobs, then
    /// counts their salient terms' document frequencies in its turn and makes their profiles; the results come back in
    /// input order to ``group(_:)``, which also reports the bad records in order. The calling thread only groups and
    /// writes.
    mutating func readAll() throws {
        while !readEnded {
            while !sketchPool.isFull { submitReadJob() }
            guard let outcome = sketchPool.next(timeout: nil) else { break }
            try group(outcome)
            while let outcome = checkPool.poll() { try write(outcome) }
            report()
        }
    }

    private mutating func submitReadJob() {
        let ticket = tickets
        tickets += 1
        let grouping = runner.options.grouping
        let salientTerms = runner.options.minimumTermSimilarity != nil
        let (reader, readTurns, profileTurns, profiler) = (reader, readTurns, profileTurns, profiler)
        sketchPool.submit {
            let read = readTurns.run(ticket: ticket) { reader.next() } ?? nil
            // One scratch space for the batch's content analyses.
            var scratch = ContentScratch()
            var entries =
                read?.records?.decode().map { decoded in
                    decoded.map {
                        CorpusEntry(
                            article: $0, sequence: 0, grouping: grouping, salientTerms: salientTerms,
                            scratch: &scratch)
                    }
                } ?? []
            // In turn only the document frequencies (read, then counted, in input order); the profiles are made
            // from what they said after the turn, in parallel with the other jobs.
            let frequencies =
                profileTurns.run(ticket: ticket) { () -> [SalientProfiler.Frequencies?] in
                    guard salientTerms else { return [] }
                    return entries.map { entry in
                        guard case .success(let entry) = entry, let terms = entry.salient else { return nil }
                        return profiler.profiler.count(terms)
                    }
                } ?? []
            for index in frequencies.indices {
                guard let counted = frequencies[index], case .success(var entry) = entries[index],
                    let terms = entry.salient
                else { continue }
                entry.profile = SalientProfiler.profile(of: terms, frequencies: counted)
                entry.salient = nil
                entries[index] = .success(entry)
            }
            var batch = read
            batch?.records = nil
            return ReadWork(batch: batch, entries: entries)
        }
    }

    mutating func finish() throws {
        while let outcome = sketchPool.next(timeout: nil) { try group(outcome) }
        for story in grouper.finish() { try dispatch(story) }
        try flushStories()
        summary.storySplits = grouper.refusedLinks
        while let outcome = checkPool.next(timeout: runner.options.storyTimeout) { try write(outcome) }
        try output.commit()
        try saveCheckpoint(complete: true)
    }

    /// Groups a batch's articles and reports its bad records, in input order.
    private mutating func group(_ outcome: OrderedWorkPool<ReadWork>.Outcome) throws {
        guard case .done(let work) = outcome else { return }
        guard let batch = work.batch else {
            readEnded = true
            return
        }
        if let error = batch.openError {
            summary.skippedInputs += 1
            issue(CorpusIssue(skipped: .restOfInput, message: error.description))
            return
        }
        if positionInput != batch.input {
            positions.append(CorpusCheckpoint.InputPosition(path: runner.inputs[batch.input], bytesRead: 0))
            positionInput = batch.input
        }
        positions[positions.count - 1].bytesRead = batch.bytesRead
        readBytes = bytesBefore + batch.bytesRead
        if batch.endsInput { bytesBefore += batch.bytesRead }
        for record in work.entries {
            switch record {
            case .success(var entry):
                entry.sequence = sequence
                sequence += 1
                summary.articles += 1
                for story in grouper.add(entry) { try dispatch(story) }
            case .failure(let error):
                let scope = CorpusIssue.scope(of: error)
                issue(CorpusIssue(skipped: scope, message: error.description))
                if scope == .record {
                    summary.skippedRecords += 1
                } else {
                    summary.skippedInputs += 1
                }
            }
        }
        try flushStories()
    }

    /// Queues a finished story for checking. In `--mode group` and `--mode diff` stories are sent to the workers in
    /// batches (``CorpusRunner/storyBatchStories``, ``CorpusRunner/storyBatchBytes``); in `--mode check` each story
    /// is a job of its own, so that `--story-timeout` abandons exactly the story that ran too long.
    private mutating func dispatch(_ story: CorpusStory) throws {
        guard story.sequence >= skip else { return }
        storyBatchBytes += story.articles.reduce(0) { $0 + $1.text.utf8.count }
        storyBatch.append(story)
        if runner.options.mode == .check || storyBatch.count >= CorpusRunner.storyBatchStories
            || storyBatchBytes >= CorpusRunner.storyBatchBytes
        {
            try flushStories()
        }
    }

    /// Submits the batched stories as one check job.
    private mutating func flushStories() throws {
        guard !storyBatch.isEmpty else { return }
        while checkPool.isFull {
            guard let outcome = checkPool.next(timeout: runner.options.storyTimeout) else { break }
            try write(outcome)
        }
        let options = runner.options
        let stories = storyBatch
        checkPool.submit {
            stories.map { story in
                let start = RunState.threadCPUSeconds()
                var outcome = RunState.process(story, options: options)
                outcome.cpuSeconds = RunState.threadCPUSeconds() - start
                return outcome
            }
        }
        pendingStories.append(stories)
        storyBatch = []
        storyBatchBytes = 0
    }

    /// Finished stories not yet submitted, and their text bytes.
    private var storyBatch: [CorpusStory] = []
    private var storyBatchBytes = 0
    /// Story batches submitted for checking, oldest first (to write `timeout` lines for an abandoned one).
    private var pendingStories: [[CorpusStory]] = []
    private var pendingHead = 0

    private mutating func write(_ outcome: OrderedWorkPool<[CorpusStoryOutcome]>.Outcome) throws {
        let stories = pendingStories[pendingHead]
        pendingHead += 1
        if pendingHead >= 64 {
            pendingStories.removeFirst(pendingHead)
            pendingHead = 0
        }
        switch outcome {
        case .done(let done):
            for result in done { try write(result) }
        case .timedOut:
            for story in stories {
                summary.timedOutStories += 1
                let seconds = runner.options.storyTimeout ?? 0
                issue(
                    CorpusIssue(
                        skipped: .storyCheck,
                        message: "story '\(story.id)' (\(story.articles.count) articles): check took longer than "
                            + "\(seconds) s (raise --story-timeout)"))
                try write(
                    CorpusStoryOutcome(
                        story: story, status: .timeout, result: nil,
                        line: RunState.encode(CorpusStoryLine(story: story, status: .timeout, result: nil)),
                        failing: 0))
            }
        }
    }

    private mutating func write(_ result: CorpusStoryOutcome) throws {
        let story = result.story
        try output.write(line: result.line)
        storiesWritten += 1
        summary.storiesWritten += 1
        if story.articles.count > 1 { summary.multiDocumentStories += 1 }
        summary.discrepancies += result.result?.discrepancies.count ?? 0
        summary.failing += result.failing
        summary.versionPairs += result.versionPairs
        summary.storyCPUSeconds += result.cpuSeconds
        for sink in runner.sinks { try sink.consume(result) }
        if checkpointPath != nil, clock.now - lastCheckpoint > .milliseconds(500) {
            try saveCheckpoint(complete: false)
        }
    }

    private mutating func saveCheckpoint(complete: Bool) throws {
        guard let checkpointPath else { return }
        try output.flush(sync: true)
        lastCheckpoint = clock.now
        let checkpoint = CorpusCheckpoint(
            fingerprint: fingerprint, stories: storiesWritten, outputBytes: output.length, articles: summary.articles,
            inputs: positions, complete: complete)
        try checkpoint.save(path: checkpointPath)
    }

    private mutating func report() {
        guard let progress = runner.progress else { return }
        let now = clock.now
        guard now - lastReport > .milliseconds(200) else { return }
        lastReport = now
        let elapsed = now - start
        let (whole, fraction) = elapsed.components
        progress(
            CorpusProgress(
                bytesRead: readBytes, totalBytes: totalBytes, articles: summary.articles, stories: storiesWritten,
                elapsed: Double(whole) + Double(fraction) / 1e18))
    }

    // MARK: - Work on the workers

    /// Checks one story and encodes its line.
    static func process(_ story: CorpusStory, options: CorpusOptions) -> CorpusStoryOutcome {
        switch options.mode {
        case .check: break
        case .group:
            return CorpusStoryOutcome(
                story: story, status: .unchecked, result: nil,
                line: encode(CorpusStoryLine(story: story, status: .unchecked, result: nil)), failing: 0)
        case .diff:
            var line = CorpusStoryLine(story: story, status: .diffed, result: nil)
            let versions = versionDiffs(story)
            line.versions = versions
            var outcome = CorpusStoryOutcome(
                story: story, status: .diffed, result: nil, line: encode(line), failing: 0)
            outcome.versionPairs = versions.count
            return outcome
        }
        guard story.articles.count > 1 else {
            return CorpusStoryOutcome(
                story: story, status: .single, result: nil,
                line: encode(CorpusStoryLine(story: story, status: .single, result: nil)), failing: 0)
        }
        let documents = story.articles.map { Document(article: $0, headline: options.headline) }
        let result = Crosschecker(options: options.checkOptions).check(documents)
        let failing = options.failOn.map { result.count(atLeast: $0) } ?? 0
        return CorpusStoryOutcome(
            story: story, status: .checked, result: result,
            line: encode(CorpusStoryLine(story: story, status: .checked, result: result)), failing: failing)
    }

    /// Word-diffs every version of an article in a story against its previous version: versions are the story's
    /// articles with the same normalised URL (other outlets' rewrites are not versions; `check` compares those),
    /// ordered by `published` (articles without a parsable one keep their input order after the dated ones).
    static func versionDiffs(_ story: CorpusStory) -> [CorpusStoryLine.VersionPair] {
        let articles = story.articles
        // Versions are handled by their index in the story (no copies of the articles).
        var byURL: [String: [Int]] = [:]
        var keys: [String] = []
        for index in articles.indices {
            guard let key = articles[index].url.flatMap(CorpusEntry.normalizedURL) else { continue }
            if byURL[key, default: []].isEmpty { keys.append(key) }
            byURL[key, default: []].append(index)
        }
        var pairs: [CorpusStoryLine.VersionPair] = []
        for key in keys {
            guard let versions = byURL[key], versions.count > 1 else { continue }
            // Each time is parsed once, not in every comparison; indices are in input order.
            let times = versions.map { articles[$0].published.flatMap(PublicationTime.seconds) }
            let ordered = versions.indices.sorted { a, b in
                switch (times[a], times[b]) {
                case (let x?, let y?) where x != y: return x < y
                case (.some, nil): return true
                case (nil, .some): return false
                default: return a < b
                }
            }.map { versions[$0] }
            // Each version is tokenized, interned (one interner per chain, exact folding, as `crosscheck diff --by
            // word` does), made into diff units and validated once, not once per pair it is in (what
            // `TextDiff.words` does per call); no sentence analysis is needed for a word diff.
            let tokenizer = Tokenizer()
            var interner = TokenInterner()
            var previous: (text: SourceText, units: DiffUnits?)?
            for (position, index) in ordered.enumerated() {
                let text = SourceText(articles[index].text)
                let tokens = tokenizer.tokens(in: text)
                var units: DiffUnits? = DiffUnits(
                    tokens: tokens, ids: interner.ids(for: tokens, in: text, folding: .exact))
                if (try? units?.validate(against: text, side: .new)) == nil { units = nil }
                defer { previous = (text, units) }
                guard let old = previous, let oldUnits = old.units, let newUnits = units else { continue }
                let diff = TextDiffer(old: old.text, new: text, a: oldUnits, b: newUnits, options: TextDiffOptions())
                    .run()
                pairs.append(
                    CorpusStoryLine.VersionPair(
                        old: articles[ordered[position - 1]].id, new: articles[index].id, stats: diff.stats))
            }
        }
        return pairs
    }

    /// CPU time of the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func encode(_ line: CorpusStoryLine) -> [UInt8] {
        (try? line.encoded()) ?? (try? JSONOutput.encode(line, pretty: false)) ?? []
    }
}
