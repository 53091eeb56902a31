import Foundation

/// Locates the repository's `Fixtures/` folder from this source file, so tests run from any working directory.
public enum FixturePaths {
    /// The absolute path of the top-level `Fixtures/` folder.
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0 ..< 3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("Fixtures").path
    }()

    /// The absolute path of a file in `Fixtures/`.
    /// - Parameter name: The file name relative to `Fixtures/`.
    /// - Returns: Its absolute path.
    public static func path(_ name: String) -> String {
        root + "/" + name
    }
}
