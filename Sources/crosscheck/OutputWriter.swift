import Crosscheck

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Where a command's data goes: standard output (buffered), or a file written atomically with ``AtomicFile`` so a
/// failed run leaves no partial file behind.
final class OutputWriter {
    private let file: AtomicFile?
    private var buffer: [UInt8] = []
    private static let flushThreshold = 64 << 10

    /// Opens the destination.
    /// - Parameter path: A file path; `nil` or `-` is standard output.
    /// - Throws: ``OutputError/cannotCreate(path:reason:)``.
    init(path: String?) throws(OutputError) {
        if let path, path != "-" {
            file = try AtomicFile(path: path)
        } else {
            file = nil
        }
    }

    /// Writes bytes (buffered for standard output).
    /// - Throws: ``OutputError/writeFailed(path:reason:)``.
    func write(_ bytes: [UInt8]) throws(OutputError) {
        if let file {
            try file.write(bytes)
            return
        }
        buffer += bytes
        if buffer.count >= Self.flushThreshold { try flush() }
    }

    /// Finishes the output: flushes standard output, or moves the file into place.
    /// - Throws: ``OutputError``.
    func commit() throws(OutputError) {
        if let file {
            try file.commit()
        } else {
            try flush()
        }
    }

    /// Abandons the output: a file is removed; standard output keeps what was already written.
    func discard() {
        file?.discard()
        buffer.removeAll()
    }

    private func flush() throws(OutputError) {
        var offset = 0
        let failure: Int32? = buffer.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return nil }
            while offset < bytes.count {
                let written = posixWrite(STDOUT_FILENO, base + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
        buffer.removeAll(keepingCapacity: true)
        if let failure {
            let message = String(cString: strerror(failure))
            throw .writeFailed(path: "-", reason: message.prefix(1).lowercased() + message.dropFirst())
        }
    }
}

/// POSIX `write`, callable from inside `OutputWriter.write`, whose name would shadow it.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
