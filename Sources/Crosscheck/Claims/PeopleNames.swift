/// The canonical full names of the people an article has named so far, by lower-cased surname, as the claim
/// scanner reads and extends them sentence by sentence; optionally with a log of every look-up and assignment, so a
/// sentence's scan can be replayed in another article (``ClaimSentenceCache``).
struct PeopleNames {
    /// One look-up or assignment.
    enum Operation {
        /// `names[key]` was read and was `value`.
        case read(key: String, value: String?)
        /// `names[key]` was set to `value`.
        case write(key: String, value: String)
    }

    /// The names by lower-cased surname.
    private(set) var names: [String: String] = [:]
    /// The operations since logging started, in order; `nil` when not logging.
    var log: [Operation]?

    /// Creates an empty directory.
    init() {}

    /// The full name known for a surname; setting it records the name.
    subscript(key: String) -> String? {
        mutating get {
            let value = names[key]
            log?.append(.read(key: key, value: value))
            return value
        }
        set {
            // The scanner only ever records names (never removes one).
            guard let newValue else { return }
            names[key] = newValue
            log?.append(.write(key: key, value: newValue))
        }
    }

    /// Replays the operations of another scan of the same sentence if every look-up in them would read the same
    /// value here (earlier assignments of the same operations taken into account); then applies its assignments.
    /// - Parameter operations: A logged sequence.
    /// - Returns: Whether the replay was valid (when not, nothing changed).
    /// - Complexity: O(n) for n operations.
    mutating func replay(_ operations: [Operation]) -> Bool {
        var written: [String: String] = [:]
        for operation in operations {
            switch operation {
            case .read(let key, let value):
                guard (written[key] ?? names[key]) == value else { return false }
            case .write(let key, let value):
                written[key] = value
            }
        }
        for operation in operations {
            if case .write(let key, let value) = operation { names[key] = value }
        }
        return true
    }
}
