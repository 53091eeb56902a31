import ArgumentParser
import Crosscheck

#if canImport(Darwin)
    import Darwin
#elseif canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// Maps errors to the exit status of CONTRACT.md: input and output errors print one line
/// `crosscheck: <description>` on standard error and exit with 2, unexpected errors exit with 3 ("internal error"),
/// and ArgumentParser's own errors (usage: 64, help, version) pass through unchanged.
enum CommandFailure {
    /// Exit status for input and output errors.
    static let inputError = ExitCode(2)
    /// Exit status for internal errors.
    static let internalError = ExitCode(3)

    /// Runs a command body, turning its errors into messages and exit codes.
    /// - Parameter body: The command's work.
    /// - Throws: An `ExitCode`, or an ArgumentParser error to let it report a usage problem.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as any CrosscheckError {
            report(error.description)
            throw error.failureKind == .internal ? internalError : inputError
        } catch let error as ValidationError {
            throw error
        } catch let error as ExitCode {
            throw error
        } catch let error as CleanExit {
            throw error
        } catch {
            report("internal error: \(error)")
            throw internalError
        }
    }

    /// Prints `crosscheck: <message>` as one line on standard error.
    static func report(_ message: String) {
        let line = "crosscheck: " + message.split(whereSeparator: \.isNewline).joined(separator: " ") + "\n"
        var bytes = Array(line.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, base + offset, buffer.count - offset)
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
