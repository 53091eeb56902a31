/// Where a group of corresponding sentences comes from in an ordered chain of versions: the version that
/// introduced it, the versions that changed its text and the versions that removed it.
///
/// All values are document indices in argument order; the chain order is ``Alignment/order``.
public struct GroupProvenance: Codable, Sendable, Hashable {
    /// The first version (in chain order) that has the group.
    public var introduced: Int
    /// Versions whose text of the group differs from the previous version that had it (beyond typography).
    public var changed: [Int]
    /// Versions that lack the group although the version before them had it.
    public var removed: [Int]

    /// Creates a provenance record.
    /// - Parameters:
    ///   - introduced: The introducing version.
    ///   - changed: The changing versions.
    ///   - removed: The removing versions.
    public init(introduced: Int, changed: [Int], removed: [Int]) {
        self.introduced = introduced
        self.changed = changed
        self.removed = removed
    }
}
