import CrosscheckTestSupport
import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `crosscheck report -o` killed with SIGKILL at any moment: the destination holds either its old contents or the
/// complete new report, and nothing else is left in the folder (no partial or temporary file).
@Suite struct ReportKillTests {
    /// Long versions of the seed story (its paragraphs repeated with numbered variations), so a report takes long
    /// enough for a kill to land while it is being written.
    private func longVersions(_ directory: TemporaryDirectory) throws -> (String, String) {
        let old = try String(contentsOfFile: FixturePaths.path("guterres-moscow.txt"), encoding: .utf8)
        let new = try String(contentsOfFile: FixturePaths.path("guterres-moscow-edited.txt"), encoding: .utf8)
        func repeated(_ text: String) -> String {
            (1 ... 40).map { "Part \($0).\n\n" + text }.joined(separator: "\n\n")
        }
        return (directory.write("old.txt", repeated(old)), directory.write("new.txt", repeated(new)))
    }

    @Test(arguments: [0.05, 0.25, 0.6, 1.5, 2.5, 60])
    func killedReportLeavesOldOrCompleteFile(afterSeconds delay: Double) throws {
        let directory = TemporaryDirectory()
        let (old, new) = try longVersions(directory)
        let destination = directory.write("review.html", "previous report")
        let process = try CLIRunner.start(["report", old, new, "-o", destination])
        let deadline = Date().addingTimeInterval(delay)
        while Date() < deadline && process.isRunning { Thread.sleep(forTimeInterval: 0.005) }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        if !killed { print("ReportKillTests: the report finished within \(delay) s; checking the finished file") }

        let contents = try String(contentsOfFile: destination, encoding: .utf8)
        if contents != "previous report" {
            #expect(contents.hasPrefix("<!DOCTYPE html>"))
            #expect(contents.hasSuffix("</html>\n"))
        }
        if !killed { #expect(process.terminationStatus == 0) }
        #expect(directory.contents().sorted() == ["new.txt", "old.txt", "review.html"])
    }
}
