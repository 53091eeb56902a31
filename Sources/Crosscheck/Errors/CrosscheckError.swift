/// An error Crosscheck reports to its user: it has a one-line, lowercase `description` that quotes user values, and
/// a ``FailureKind`` that decides how a command line tool reports it (CONTRACT.md, "Exit codes").
///
/// Every error domain of the library (ingest, output, …) is one enum conforming to this protocol.
public protocol CrosscheckError: Error, CustomStringConvertible, Sendable {
    /// Whether the failure comes from the user's input or output, or from Crosscheck itself.
    var failureKind: FailureKind { get }
}

/// The broad class of a failure.
///
/// The `crosscheck` tool maps ``input`` and ``output`` to exit status 2 and ``internal`` to exit status 3.
public enum FailureKind: Sendable, Hashable {
    /// The input is unreadable, malformed, truncated or over a limit.
    case input
    /// The output cannot be written (missing directory, no permission, full disk).
    case output
    /// A bug or an unexpected condition inside Crosscheck.
    case `internal`
}
