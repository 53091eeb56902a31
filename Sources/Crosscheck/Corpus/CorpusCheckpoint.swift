import Foundation

/// The progress record of a resumable corpus run (`--checkpoint FILE`), rewritten atomically after the output it
/// describes is flushed to disk.
///
/// It names how many stories the output holds and how many bytes they take; a rerun with the same arguments
/// truncates the output to that length and skips that many stories (grouping is replayed from the start of the
/// inputs, since a gzip stream cannot be entered in the middle, but the replayed stories are not checked again).
/// `inputs` records how far each input had been read when the checkpoint was written, for information.
public struct CorpusCheckpoint: Codable, Sendable, Hashable {
    /// How far one input had been read.
    public struct InputPosition: Codable, Sendable, Hashable {
        /// The path as given.
        public var path: String
        /// Input bytes read (compressed bytes for compressed inputs).
        public var bytesRead: Int
    }

    /// The format version of the file.
    public var version = 1
    /// What the run was (arguments, input sizes): a checkpoint of another run is refused.
    public var fingerprint: String
    /// Stories in the output.
    public var stories: Int
    /// Bytes of the output holding them.
    public var outputBytes: Int
    /// Articles read when it was written.
    public var articles: Int
    /// Input positions when it was written.
    public var inputs: [InputPosition]
    /// Whether the run finished.
    public var complete: Bool

    /// Reads a checkpoint file.
    /// - Parameter path: The file.
    /// - Returns: The checkpoint, or `nil` when the file does not exist.
    /// - Throws: ``CorpusError/checkpointMismatch(path:reason:)`` when it is not a checkpoint.
    public static func load(path: String) throws(CorpusError) -> CorpusCheckpoint? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .checkpointIO(path: path, reason: "cannot read the checkpoint")
        }
        do {
            return try JSONDecoder().decode(CorpusCheckpoint.self, from: data)
        } catch {
            throw .checkpointMismatch(path: path, reason: "not a crosscheck corpus checkpoint")
        }
    }

    /// Writes the checkpoint atomically.
    /// - Parameter path: The file.
    /// - Throws: ``CorpusError/checkpointIO(path:reason:)``.
    func save(path: String) throws(CorpusError) {
        do {
            try AtomicFile.write(try JSONOutput.encode(self, pretty: false) + [0x0A], to: path)
        } catch let error as OutputError {
            throw .checkpointIO(path: path, reason: error.description)
        } catch {
            throw .checkpointIO(path: path, reason: "cannot encode the checkpoint")
        }
    }

    /// The fingerprint of a run: its description plus the size of every input file.
    /// - Parameters:
    ///   - description: The arguments that decide the output (the CLI passes its options).
    ///   - inputs: The input paths.
    /// - Returns: A string to compare.
    public static func fingerprint(description: String, inputs: [String]) -> String {
        var parts = [description]
        for input in inputs {
            let size = (try? FileManager.default.attributesOfItem(atPath: input)[.size] as? Int) ?? -1
            parts.append("\(input)=\(size)")
        }
        return parts.joined(separator: "|")
    }
}
