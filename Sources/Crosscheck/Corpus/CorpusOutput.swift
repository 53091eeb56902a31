#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Where a corpus run writes its lines: standard output (buffered), a file written atomically (``AtomicFile``:
/// nothing appears until the run ends), or a resumable file that grows in place and is flushed to disk before each
/// checkpoint (`--checkpoint`).
public final class CorpusOutput {
    private enum Target {
        case standardOutput
        case atomic(AtomicFile)
        case resumable(fd: Int32)
    }

    /// The path (`-` for standard output).
    public let path: String
    private let target: Target
    private var buffer: [UInt8] = []
    /// Bytes of the output so far, including what a resumed file already held.
    public private(set) var length = 0

    /// Standard output.
    public static func standardOutput() -> CorpusOutput { CorpusOutput(path: "-", target: .standardOutput, length: 0) }

    /// A file replaced atomically when the run ends; a destination that is not a regular file (`/dev/null`, a
    /// named pipe) is written directly instead, since it cannot be replaced.
    /// - Parameter path: The destination.
    /// - Throws: ``OutputError``.
    public static func atomic(path: String) throws(OutputError) -> CorpusOutput {
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFCHR || info.st_mode & S_IFMT == S_IFIFO {
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw .cannotCreate(path: path, reason: SystemErrorMessage.text(errno)) }
            return CorpusOutput(path: path, target: .resumable(fd: fd), length: 0)
        }
        return CorpusOutput(path: path, target: .atomic(try AtomicFile(path: path)), length: 0)
    }

    /// A file appended in place, first truncated to `length` bytes (the checkpoint's committed length; 0 for a new
    /// run).
    /// - Parameters:
    ///   - path: The file.
    ///   - length: The bytes to keep.
    /// - Throws: ``CorpusError/checkpointIO(path:reason:)`` if it cannot be opened or is shorter than `length`.
    public static func resumable(path: String, keeping length: Int) throws(CorpusError) -> CorpusOutput {
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .checkpointIO(path: path, reason: SystemErrorMessage.text(errno)) }
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) >= length else {
            close(fd)
            throw .checkpointIO(
                path: path, reason: "output is shorter than the checkpoint says; delete both to restart")
        }
        guard ftruncate(fd, off_t(length)) == 0, lseek(fd, off_t(length), SEEK_SET) >= 0 else {
            let reason = SystemErrorMessage.text(errno)
            close(fd)
            throw .checkpointIO(path: path, reason: reason)
        }
        return CorpusOutput(path: path, target: .resumable(fd: fd), length: length)
    }

    private init(path: String, target: Target, length: Int) {
        self.path = path
        self.target = target
        self.length = length
    }

    deinit {
        if case .resumable(let fd) = target { close(fd) }
    }

    /// Appends one line (a line break is added).
    /// - Parameter line: The line's bytes.
    /// - Throws: ``OutputError/writeFailed(path:reason:)``.
    func write(line: [UInt8]) throws(OutputError) {
        buffer += line
        buffer.append(0x0A)
        length += line.count + 1
        if buffer.count >= 256 << 10 { try flush() }
    }

    /// Writes buffered bytes out (and, for a resumable file, to disk with `fsync`).
    /// - Throws: ``OutputError/writeFailed(path:reason:)``.
    func flush(sync: Bool = false) throws(OutputError) {
        switch target {
        case .standardOutput:
            try Self.writeAll(STDOUT_FILENO, buffer, path: path)
        case .atomic(let file):
            try file.write(buffer)
        case .resumable(let fd):
            try Self.writeAll(fd, buffer, path: path)
            if sync && fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
                throw .writeFailed(path: path, reason: SystemErrorMessage.text(errno))
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Finishes the output: flushes it, and moves an atomic file into place.
    /// - Throws: ``OutputError``.
    func commit() throws(OutputError) {
        try flush(sync: true)
        if case .atomic(let file) = target { try file.commit() }
    }

    /// Abandons an atomic file (removes it); other targets keep what was written.
    public func discard() {
        if case .atomic(let file) = target { file.discard() }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(OutputError) {
        let failure: Int32? = bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return nil }
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(fd, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        if let failure { throw .writeFailed(path: path, reason: SystemErrorMessage.text(failure)) }
    }
}

/// POSIX `write`, callable from inside `CorpusOutput.write`, whose name would shadow it.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
