/// The normalised value of a claim: a number, a string, an ordered range, or a small object of named fields
/// (an unresolved weekday: `{"weekday": "tuesday"}`).
public enum ClaimValue: Hashable, Sendable, Encodable {
    /// A number.
    case number(Double)
    /// A string: an ISO date, a time, a canonical name, a role or a hedge class.
    case string(String)
    /// An ordered range, encoded as `{"min": …, "max": …}`.
    case range(min: Double, max: Double)
    /// Named string fields, encoded as an object.
    case fields([String: String])

    private enum RangeKey: String, CodingKey { case min, max }

    /// Encodes the value as a JSON number, string or object.
    /// - Parameter encoder: The encoder.
    /// - Throws: Encoding errors.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .number(let n):
            var container = encoder.singleValueContainer()
            try container.encode(n)
        case .string(let s):
            var container = encoder.singleValueContainer()
            try container.encode(s)
        case .range(let low, let high):
            var container = encoder.container(keyedBy: RangeKey.self)
            try container.encode(low, forKey: .min)
            try container.encode(high, forKey: .max)
        case .fields(let fields):
            var container = encoder.singleValueContainer()
            try container.encode(fields)
        }
    }

    /// A short human-readable form: "2", "2022-04-26", "10000–999999".
    public var description: String {
        switch self {
        case .number(let n): Self.format(n)
        case .string(let s): s
        case .range(let low, let high): "\(Self.format(low))–\(Self.format(high))"
        case .fields(let f): f.keys.sorted().map { "\($0)=\(f[$0] ?? "")" }.joined(separator: ",")
        }
    }

    static func format(_ n: Double) -> String {
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }
}
