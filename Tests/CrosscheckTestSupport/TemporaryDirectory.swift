import Foundation

/// A fresh directory under the system's temporary directory, removed when the value is deallocated.
public final class TemporaryDirectory: Sendable {
    /// The directory's absolute path.
    public let path: String

    /// Creates the directory.
    public init() {
        let name = "crosscheck-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
        path = (NSTemporaryDirectory() as NSString).appendingPathComponent(name)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file into the directory.
    /// - Parameters:
    ///   - name: The file name.
    ///   - bytes: Its contents.
    /// - Returns: The file's absolute path.
    @discardableResult
    public func write(_ name: String, _ bytes: [UInt8]) -> String {
        let file = (path as NSString).appendingPathComponent(name)
        _ = FileManager.default.createFile(atPath: file, contents: Data(bytes))
        return file
    }

    /// Writes a UTF-8 text file into the directory.
    /// - Parameters:
    ///   - name: The file name.
    ///   - text: Its contents.
    /// - Returns: The file's absolute path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String {
        write(name, Array(text.utf8))
    }

    /// The names of the files in the directory, sorted.
    public func contents() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    }
}
