/// Errors of the diff layer: inputs that break its preconditions.
public enum DiffError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The unit lists and id lists of one side have different lengths.
    case idCountMismatch(side: DiffSide, units: Int, ids: Int)
    /// A unit range is empty, out of the text, overlaps its predecessor, or does not start or end on a scalar.
    case invalidUnit(side: DiffSide, index: Int, range: Range<Int>, reason: String)

    /// A lowercase description quoting the offending values.
    public var description: String {
        switch self {
        case .idCountMismatch(let side, let units, let ids):
            "\(side) text has \(units) units but \(ids) ids"
        case .invalidUnit(let side, let index, let range, let reason):
            "\(side) unit \(index) at bytes \(range.lowerBound)..<\(range.upperBound) is invalid: \(reason)"
        }
    }
}
