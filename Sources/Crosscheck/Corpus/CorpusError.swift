/// What can stop a corpus run as a whole (bad records only skip themselves; see ``CorpusIssue``).
public enum CorpusError: CrosscheckError, Hashable {
    /// An option has an unusable value.
    case invalidOption(name: String, value: String, reason: String)
    /// The checkpoint file cannot be read or does not describe this run.
    case checkpointMismatch(path: String, reason: String)
    /// The checkpoint or resumed output cannot be read or written.
    case checkpointIO(path: String, reason: String)

    /// Usage problems and mismatched checkpoints are input errors; I/O failures are output errors.
    public var failureKind: FailureKind {
        switch self {
        case .invalidOption, .checkpointMismatch: .input
        case .checkpointIO: .output
        }
    }

    /// One lowercase line quoting the user's values.
    public var description: String {
        switch self {
        case .invalidOption(let name, let value, let reason):
            "\(name) '\(value)' \(reason)"
        case .checkpointMismatch(let path, let reason):
            "checkpoint '\(path)': \(reason)"
        case .checkpointIO(let path, let reason):
            "'\(path)': \(reason)"
        }
    }
}
