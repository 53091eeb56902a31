import CrosscheckTestSupport
import Foundation
import Testing

@testable import Crosscheck

@Suite struct AtomicFileTests {
    @Test func replacesTheDestinationOnlyOnCommit() throws {
        let directory = TemporaryDirectory()
        let path = directory.write("out.json", "old")
        let file = try AtomicFile(path: path)
        try file.write(Array("new ".utf8))
        try file.write(Array("content".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        try file.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new content")
        #expect(directory.contents() == ["out.json"])
    }

    @Test func leavesNothingBehindWhenDiscarded() throws {
        let directory = TemporaryDirectory()
        let path = directory.path + "/out.jsonl"
        do {
            let file = try AtomicFile(path: path)
            try file.write(Array("partial".utf8))
            #if os(Linux)
                // Unnamed (O_TMPFILE) until commit: a killed process could not leave it behind either.
                #expect(directory.contents().isEmpty)
            #else
                #expect(directory.contents().count == 1)
            #endif
        }  // deallocated without commit
        #expect(directory.contents().isEmpty)
    }

    @Test func keepsThePermissionsOfAnExistingFile() throws {
        let directory = TemporaryDirectory()
        let path = directory.write("report.md", "old")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        try AtomicFile.write(Array("new".utf8), to: path)
        let permissions = try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
    }

    @Test func failsCleanlyForMissingDirectoriesAndDirectories() {
        #expect(throws: OutputError.cannotCreate(path: "/no/such/dir/out.json", reason: "no such file or directory")) {
            try AtomicFile(path: "/no/such/dir/out.json")
        }
        let directory = TemporaryDirectory()
        #expect(throws: OutputError.cannotCreate(path: directory.path, reason: "is a directory")) {
            try AtomicFile(path: directory.path)
        }
    }

    /// A destination name at the file system's 255-byte limit still gets its temporary file (whose name repeats at
    /// most 128 bytes of it, cut at a scalar boundary) in the same directory, and nothing else is left behind.
    @Test func overlongNamesGetAShortTemporaryNameInTheSameDirectory() throws {
        let directory = TemporaryDirectory()
        let name = String(repeating: "é", count: 100) + String(repeating: "a", count: 50) + ".json"
        #expect(name.utf8.count == 255)
        let path = directory.path + "/" + name
        let file = try AtomicFile(path: path)
        #expect(file.temporaryPath.hasPrefix(directory.path + "/."))
        #expect(!file.temporaryPath.dropFirst(directory.path.count + 1).contains("/"))
        #expect(file.temporaryPath.utf8.count - directory.path.utf8.count < 180)
        try file.write(Array("{}".utf8))
        try file.commit()
        #expect(directory.contents() == [name])
        #expect(AtomicFile.temporaryStem(name).utf8.count == 128)
        #expect(AtomicFile.temporaryStem("é" + String(repeating: "b", count: 126) + "é").utf8.count == 128)
        #expect(AtomicFile.temporaryStem(String(repeating: "b", count: 127) + "é").utf8.count == 127)
    }

    /// A path the system would cut short (at a NUL byte) or an empty one is refused instead of writing elsewhere.
    @Test(arguments: ["out.json\u{0}../escape.json", ""])
    func refusesPathsTheSystemWouldCut(path: String) throws {
        let directory = TemporaryDirectory()
        let full = path.isEmpty ? path : directory.path + "/" + path
        let error = #expect(throws: OutputError.self) { try AtomicFile(path: full) }
        guard case .cannotCreate(let errorPath, _)? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(errorPath == full)
        #expect(directory.contents().isEmpty)
    }
}
