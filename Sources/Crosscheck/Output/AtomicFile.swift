#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A file written atomically: bytes go to a temporary file in the same directory, which replaces the destination
/// with one `rename` on ``commit()``. Until then the destination is untouched, and a file that is never committed
/// (an error, ``discard()``, or deallocation) is removed, so readers never see partial output.
///
/// On Linux the temporary file is created unnamed (`O_TMPFILE`) and only linked into the directory, under
/// ``temporaryPath``, at commit, right before the rename: a process killed while writing (SIGKILL, power loss before
/// commit) leaves nothing behind. Where the file system cannot create unnamed files, a named temporary file is used,
/// which a killed process leaves behind as a hidden `.NAME.tmp-PID-RANDOM` file (the destination is still untouched).
///
/// An existing destination keeps its permissions; a new one gets `0666` minus the umask.
///
/// ```swift
/// let file = try AtomicFile(path: "out/articles.jsonl")
/// try file.write(bytes)
/// try file.commit()
/// ```
public final class AtomicFile {
    /// The destination path as given.
    public let path: String
    /// The temporary file that becomes `path` on commit (on Linux it carries this name only during ``commit()``).
    public let temporaryPath: String

    private var fileDescriptor: Int32
    private var isOpen = true
    /// Whether the temporary file is unnamed (`O_TMPFILE`) until commit.
    private let isUnnamed: Bool

    /// Creates the temporary file next to `path`.
    ///
    /// The temporary file's name is the destination's name cut to at most ``maxTemporaryStemBytes`` bytes, so a
    /// destination whose name is near the file system's limit still gets a temporary file in the same directory.
    /// - Parameter path: The destination.
    /// - Throws: ``OutputError/cannotCreate(path:reason:)`` if the path is empty or holds a NUL byte (the system
    ///   would silently cut it there), the destination is a directory, or the temporary file cannot be created
    ///   (missing directory, no permission).
    public init(path: String) throws(OutputError) {
        self.path = path
        if path.isEmpty { throw .cannotCreate(path: path, reason: "the path is empty") }
        if path.utf8.contains(0) { throw .cannotCreate(path: path, reason: "the path contains a NUL byte") }
        var info = stat()
        let exists = stat(path, &info) == 0
        if exists && info.st_mode & S_IFMT == S_IFDIR {
            throw .cannotCreate(path: path, reason: "is a directory")
        }
        let slash = path.lastIndex(of: "/")
        let directory = slash.map { String(path[...$0]) } ?? ""
        let name = Self.temporaryStem(slash.map { String(path[path.index(after: $0)...]) } ?? path)
        var attempt = 0
        var descriptor = Self.openUnnamed(inDirectory: directory.isEmpty ? "." : directory)
        var candidate = Self.temporaryName(directory: directory, stem: name)
        isUnnamed = descriptor >= 0
        while descriptor < 0 {
            descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            attempt += 1
            guard descriptor < 0, errno == EEXIST, attempt < 100 else { break }
            candidate = Self.temporaryName(directory: directory, stem: name)
        }
        guard descriptor >= 0 else { throw .cannotCreate(path: path, reason: SystemErrorMessage.text(errno)) }
        if exists && info.st_mode & S_IFMT == S_IFREG { _ = fchmod(descriptor, info.st_mode & 0o7777) }
        fileDescriptor = descriptor
        temporaryPath = candidate
    }

    /// A fresh hidden temporary name next to the destination.
    private static func temporaryName(directory: String, stem: String) -> String {
        "\(directory).\(stem).tmp-\(getpid())-\(UInt32.random(in: 0 ... .max))"
    }

    /// Opens an unnamed file in `directory` for writing (`O_TMPFILE`), or returns -1 where the system or file system
    /// cannot (then a named temporary file is used).
    private static func openUnnamed(inDirectory directory: String) -> Int32 {
        #if os(Linux)
            // O_TMPFILE is `__O_TMPFILE | O_DIRECTORY`, a macro Swift does not import; __O_TMPFILE is 0o20000000 on
            // every Linux architecture Swift supports.
            let temporaryFile: Int32 = 0o2000_0000 | O_DIRECTORY
            return open(directory, temporaryFile | O_WRONLY | O_CLOEXEC, 0o666)
        #else
            return -1
        #endif
    }

    /// Gives the unnamed temporary file the name ``temporaryPath`` (through `/proc/self/fd`, which needs no
    /// privileges, unlike `linkat` with `AT_EMPTY_PATH`).
    /// - Returns: 0, or the `errno` of the failure.
    private func linkUnnamed() -> Int32 {
        #if os(Linux)
            let source = "/proc/self/fd/\(fileDescriptor)"
            return linkat(AT_FDCWD, source, AT_FDCWD, temporaryPath, AT_SYMLINK_FOLLOW) == 0 ? 0 : errno
        #else
            return ENOTSUP
        #endif
    }

    deinit { discard() }

    /// The most bytes of the destination's name that the temporary file's name repeats.
    public static let maxTemporaryStemBytes = 128

    /// The destination's file name cut to ``maxTemporaryStemBytes`` bytes at a scalar boundary.
    static func temporaryStem(_ name: String) -> String {
        guard name.utf8.count > maxTemporaryStemBytes else { return name }
        var bytes = 0
        var stem = ""
        for scalar in name.unicodeScalars {
            bytes += UTF8.width(scalar)
            if bytes > maxTemporaryStemBytes { break }
            stem.unicodeScalars.append(scalar)
        }
        return stem
    }

    /// Appends bytes to the temporary file.
    /// - Parameter bytes: The bytes to write.
    /// - Throws: ``OutputError/writeFailed(path:reason:)``; the temporary file is then removed.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        guard isOpen else { throw .writeFailed(path: path, reason: "file already closed") }
        guard var base = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = posixWrite(fileDescriptor, base, remaining)
            if written < 0 {
                let code = errno
                if code == EINTR { continue }
                discard()
                throw .writeFailed(path: path, reason: SystemErrorMessage.text(code))
            }
            remaining -= written
            base += written
        }
    }

    /// Appends bytes to the temporary file.
    /// - Parameter bytes: The bytes to write.
    /// - Throws: ``OutputError/writeFailed(path:reason:)``; the temporary file is then removed.
    public func write(_ bytes: [UInt8]) throws(OutputError) {
        let result = bytes.withUnsafeBytes { buffer in Result { () throws(OutputError) in try write(buffer) } }
        try result.get()
    }

    /// Flushes the temporary file to disk and renames it over the destination.
    /// - Throws: ``OutputError/writeFailed(path:reason:)`` or ``OutputError/cannotReplace(path:reason:)``; the
    ///   temporary file is then removed and the destination left as it was.
    public func commit() throws(OutputError) {
        guard isOpen else { throw .writeFailed(path: path, reason: "file already closed") }
        if fsync(fileDescriptor) != 0 && errno != EINVAL && errno != EROFS {
            let code = errno
            discard()
            throw .writeFailed(path: path, reason: SystemErrorMessage.text(code))
        }
        if isUnnamed {
            let code = linkUnnamed()
            if code != 0 {
                discard()
                throw .writeFailed(path: path, reason: SystemErrorMessage.text(code))
            }
        }
        if close(fileDescriptor) != 0 {
            let code = errno
            isOpen = false
            unlink(temporaryPath)
            throw .writeFailed(path: path, reason: SystemErrorMessage.text(code))
        }
        isOpen = false
        if rename(temporaryPath, path) != 0 {
            let code = errno
            unlink(temporaryPath)
            throw .cannotReplace(path: path, reason: SystemErrorMessage.text(code))
        }
    }

    /// Closes and removes the temporary file, leaving the destination untouched. Does nothing after ``commit()``.
    public func discard() {
        guard isOpen else { return }
        isOpen = false
        close(fileDescriptor)
        if !isUnnamed { unlink(temporaryPath) }
    }

    /// Writes a whole file atomically.
    /// - Parameters:
    ///   - bytes: The complete contents.
    ///   - path: The destination.
    /// - Throws: ``OutputError``; the destination is then unchanged.
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputError) {
        let file = try AtomicFile(path: path)
        try file.write(bytes)
        try file.commit()
    }
}

/// POSIX `write`, callable from inside `AtomicFile.write`, whose name would shadow it.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
