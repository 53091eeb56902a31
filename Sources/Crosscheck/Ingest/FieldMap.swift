/// Maps contract field names to the names an input uses, as given by `--field text=body` options.
///
/// Unmapped fields are read under their own names. Mapping is by top-level key only.
public struct FieldMap: Sendable, Hashable {
    /// Why a `--field` specification was rejected.
    public enum ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        /// Not of the form `FIELD=NAME`.
        case malformed(spec: String)
        /// `FIELD` is not a contract field.
        case unknownField(spec: String, field: String)
        /// The same field is mapped twice.
        case duplicate(field: ArticleField)

        /// A one-line lowercase message quoting the user's text.
        public var description: String {
            switch self {
            case .malformed(let spec):
                return "invalid field mapping '\(spec)': expected FIELD=NAME, e.g. text=body"
            case .unknownField(let spec, let field):
                let known = ArticleField.allCases.map(\.rawValue).joined(separator: ", ")
                return "invalid field mapping '\(spec)': unknown field '\(field)' (known: \(known))"
            case .duplicate(let field):
                return "field '\(field)' is mapped more than once"
            }
        }
    }

    /// The explicit mappings: contract field → input name.
    public private(set) var mapping: [ArticleField: String]

    /// Creates a mapping.
    /// - Parameter mapping: Contract field → input field name; absent fields keep their own names.
    public init(_ mapping: [ArticleField: String] = [:]) {
        self.mapping = mapping
    }

    /// Parses `FIELD=NAME` specifications such as `text=body` or `published=date`.
    /// - Parameter specs: The specifications, in order.
    /// - Throws: ``ParseError`` for a malformed spec, an unknown field or a field mapped twice.
    public init(parsing specs: [String]) throws(ParseError) {
        var mapping: [ArticleField: String] = [:]
        for spec in specs {
            guard let equals = spec.firstIndex(of: "=") else { throw .malformed(spec: spec) }
            let name = String(spec[..<equals])
            let inputName = String(spec[spec.index(after: equals)...])
            guard !name.isEmpty, !inputName.isEmpty else { throw .malformed(spec: spec) }
            guard let field = ArticleField(rawValue: name) else { throw .unknownField(spec: spec, field: name) }
            guard mapping[field] == nil else { throw .duplicate(field: field) }
            mapping[field] = inputName
        }
        self.mapping = mapping
    }

    /// The input name to read a contract field from.
    /// - Parameter field: A contract field.
    /// - Returns: The mapped name, or the field's own name.
    public func inputName(for field: ArticleField) -> String {
        mapping[field] ?? field.rawValue
    }
}
