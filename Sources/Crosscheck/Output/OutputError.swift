/// Failures while writing results: each names the path as given. All are ``FailureKind/output`` errors.
public enum OutputError: CrosscheckError, Hashable {
    /// The output file (or its temporary sibling) could not be created.
    case cannotCreate(path: String, reason: String)
    /// Writing failed (disk full, I/O error, closed pipe).
    case writeFailed(path: String, reason: String)
    /// The finished temporary file could not be moved into place.
    case cannotReplace(path: String, reason: String)

    /// Output errors are reported like input errors (exit status 2): the user must fix a path or permission.
    public var failureKind: FailureKind { .output }

    /// One lowercase line quoting the path: `cannot create 'out/x.json': permission denied`.
    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): return "cannot create \(Self.name(path)): \(reason)"
        case .writeFailed(let path, let reason): return "cannot write \(Self.name(path)): \(reason)"
        case .cannotReplace(let path, let reason): return "cannot replace \(Self.name(path)): \(reason)"
        }
    }

    private static func name(_ path: String) -> String {
        path == "-" ? "standard output" : "'\(path)'"
    }
}
