/// What `crosscheck corpus` does with each story (`--mode`).
public enum CorpusMode: String, Sendable, Hashable, CaseIterable {
    /// Run the discrepancy check of `crosscheck check` (the default).
    case check
    /// Group only: write the stories' documents.
    case group
    /// Word-diff every version of an article (same URL within the story) against its previous version (by
    /// `published`, then input order) and write each pair's diff statistics.
    case diff
}
