import Foundation
import Testing

/// Runs the built `crosscheck` executable for end-to-end tests, and checks the one-line error contract.
enum CLIRunner {
    /// The built `crosscheck` executable, next to the test bundle or in `.build/debug`.
    static let executable: String? = {
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

    /// What a run printed and its exit status.
    struct Result: Equatable {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `crosscheck` with arguments and, optionally, bytes on standard input.
    /// - Parameters:
    ///   - arguments: The command line after the executable.
    ///   - stdin: Bytes for standard input (closed right after).
    ///   - environment: Variables to set on top of this process's environment.
    /// - Returns: The exit status and both outputs.
    /// - Throws: When the executable is missing or cannot be started.
    static func run(_ arguments: [String], stdin: [UInt8]? = nil, environment: [String: String] = [:]) throws
        -> Result
    {
        let path = try #require(executable, "build the crosscheck executable first (swift build)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
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
        if let stdin { input.fileHandleForWriting.write(Data(stdin)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// Checks an input error: exit 2 and exactly one line `crosscheck: …` on standard error containing `fragment`.
    static func expectInputError(
        _ result: Result, containing fragment: String, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(result.status == 2, sourceLocation: sourceLocation)
        #expect(result.stderr.hasPrefix("crosscheck: "), sourceLocation: sourceLocation)
        #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(fragment), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
    }
}
