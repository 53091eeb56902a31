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
            #expect(directory.contents().count == 1)
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
}
