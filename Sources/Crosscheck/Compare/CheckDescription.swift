/// A check that describes itself: the kind it reports, its usual severity, what it does, and example pairs.
public struct CheckDescription: Sendable, Hashable {
    /// A pair of small texts and whether comparing them must report the check's kind.
    public struct Example: Sendable, Hashable {
        /// The earlier text.
        public var old: String
        /// The later text.
        public var new: String
        /// Whether the check must report (true) or must stay silent (false).
        public var triggers: Bool

        /// Creates an example.
        /// - Parameters:
        ///   - old: The earlier text.
        ///   - new: The later text.
        ///   - triggers: Whether the check must report.
        public init(old: String, new: String, triggers: Bool) {
            self.old = old
            self.new = new
            self.triggers = triggers
        }
    }

    /// The kind reported (also the check's id).
    public var kind: DiscrepancyKind
    /// Its usual severity, in words.
    public var severity: String
    /// What it reports.
    public var description: String
    /// Example pairs.
    public var examples: [Example]
}
