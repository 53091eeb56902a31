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
        let result = bytes.withUnsafeBytes { raw in Result { () throws(OutputError) in try write(raw) } }
        try result.get()
    }

    /// Writes bytes (buffered for standard output; a large piece goes out directly, uncopied, after what is
    /// buffered).
    /// - Throws: ``OutputError/writeFailed(path:reason:)``.
    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        if let file {
            try file.write(bytes)
            return
        }
        if bytes.count >= Self.flushThreshold {
            if !buffer.isEmpty { try flush() }
            try Self.writeOut(bytes)
            return
        }
        buffer.append(contentsOf: bytes)
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
        defer { buffer.removeAll(keepingCapacity: true) }
        let result = buffer.withUnsafeBytes { bytes in Result { () throws(OutputError) in try Self.writeOut(bytes) } }
        try result.get()
    }

    /// Writes all of `bytes` to standard output.
    private static func writeOut(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = posixWrite(STDOUT_FILENO, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                let message = String(cString: strerror(errno))
                throw .writeFailed(path: "-", reason: message.prefix(1).lowercased() + message.dropFirst())
            }
            offset += written
        }
    }
}

/// POSIX `write`, callable from inside `OutputWriter.write`, whose name would shadow it.
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
