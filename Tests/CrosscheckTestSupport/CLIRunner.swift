import Foundation

/// Runs the built `crosscheck` executable for end-to-end tests: one runner for every CLI test suite.
public enum CLIRunner {
    /// The built `crosscheck` executable, next to the test bundle or in `.build/debug`, or `nil` when not built.
    public static let executable: String? = {
        var candidates: [String] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0 ..< 4 {
            candidates.append(directory.appendingPathComponent("crosscheck").path)
            directory.deleteLastPathComponent()
        }
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0 ..< 3 { root.deleteLastPathComponent() }
        candidates.append(root.appendingPathComponent(".build/debug/crosscheck").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// The executable is missing.
    public struct MissingExecutable: Error, CustomStringConvertible {
        public var description: String { "build the crosscheck executable first (swift build)" }
    }

    /// What a run printed and its exit status.
    public struct Result: Sendable, Equatable {
        /// The exit status (or the signal number when killed).
        public var status: Int32
        /// Standard output, decoded as UTF-8 (invalid bytes replaced).
        public var stdout: String
        /// Standard error, decoded as UTF-8 (invalid bytes replaced).
        public var stderr: String
    }

    /// The path of the executable.
    /// - Throws: ``MissingExecutable`` when it has not been built.
    public static func path() throws -> String {
        guard let executable else { throw MissingExecutable() }
        return executable
    }

    /// Runs `crosscheck` to completion. Standard input is written, and standard error read, on their own threads, so
    /// neither a large input nor a chatty error stream can block the run.
    /// - Parameters:
    ///   - arguments: The command line after the executable.
    ///   - stdin: Bytes for standard input (closed right after); `nil` closes it at once.
    ///   - environment: Variables to set on top of this process's environment.
    /// - Returns: The exit status and both outputs.
    /// - Throws: ``MissingExecutable``, or when the process cannot be started.
    public static func run(
        _ arguments: [String], stdin: [UInt8]? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        let writer = Thread {
            if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
            try? input.fileHandleForWriting.close()
        }
        writer.start()
        let errorBytes = ErrorBytes()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            errorBytes.data = errors.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        reader.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: errorBytes.data, as: UTF8.self))
    }

    /// Starts `crosscheck` with its outputs discarded, for tests that kill it mid-run.
    /// - Parameter arguments: The command line after the executable.
    /// - Returns: The running process.
    /// - Throws: ``MissingExecutable``, or when the process cannot be started.
    public static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try path())
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// The standard error bytes a reader thread hands over; read only after its semaphore is signalled.
private final class ErrorBytes: @unchecked Sendable {
    // Written once by the reader thread before it signals, read once after the wait: the semaphore orders them.
    var data = Data()
}
