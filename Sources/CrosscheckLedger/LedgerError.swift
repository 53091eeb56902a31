import Crosscheck

/// Failures of the quote ledger's database: each names the database path as given. All are ``FailureKind/input``
/// errors (exit status 2 in the `crosscheck` tool): the user must fix a path, a permission or a damaged file.
public enum LedgerError: CrosscheckError, Hashable {
    /// The database file could not be opened or set up (no permission, missing directory, not an SQLite file).
    case cannotOpen(path: String, reason: String)
    /// A command that only reads the ledger was given a path where no ledger exists.
    case notFound(path: String)
    /// The database was written by a newer Crosscheck whose schema this version does not know.
    case newerSchema(path: String)
    /// A read or write failed (a damaged database, a full disk, a lock held too long).
    case databaseFailed(path: String, reason: String)

    /// Ledger errors are the user's to fix, like input errors.
    public var failureKind: FailureKind { .input }

    /// One lowercase line quoting the path: `cannot open ledger 'x.sqlite': file is not a database`.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "cannot open ledger '\(path)': \(reason)"
        case .notFound(let path):
            return "no ledger at '\(path)' (create one with 'crosscheck ledger add FILE... --db \(path)')"
        case .newerSchema(let path): return "ledger '\(path)' was written by a newer crosscheck; upgrade to read it"
        case .databaseFailed(let path, let reason): return "ledger '\(path)': \(reason)"
        }
    }
}
