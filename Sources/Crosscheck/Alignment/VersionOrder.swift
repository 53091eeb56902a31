/// How the documents of an alignment are ordered in time, which decides `split` versus `merged` and provenance.
public enum VersionOrder: String, Sendable, Hashable, CaseIterable {
    /// By `published` when every document has it (ties broken by content), else the first argument first and
    /// the others in a canonical order derived from their content. Provenance is reported only when every document
    /// has `published`.
    case automatic
    /// Argument order is the version chain, oldest first (`--chain`); provenance is always reported.
    case arguments
}
