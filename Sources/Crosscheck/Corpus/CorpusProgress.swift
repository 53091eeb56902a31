/// Where a corpus run is, for a progress bar.
public struct CorpusProgress: Sendable, Hashable {
    /// Input bytes read (compressed bytes for compressed inputs), over all inputs so far.
    public var bytesRead: Int
    /// The total size of the input files, when every input is a regular file.
    public var totalBytes: Int?
    /// Articles read.
    public var articles: Int
    /// Stories written.
    public var stories: Int
    /// Seconds since the run started.
    public var elapsed: Double
}
