import Foundation
import Testing

@testable import CLPConfCLI

/// The files a stop signal would remove: recorded while a temporary file is written, forgotten once it is
/// renamed into place or removed. (Other tests write files at the same time, so these look only at their own
/// paths; the signal itself is tested end to end by `.ci/stop-while-writing`.)
@Suite(.serialized) struct PartialFilesTests {
    let directory: String

    init() throws {
        directory = NSTemporaryDirectory() + "clpconf-partial-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    @Test func aTemporaryFileIsRecordedWhileItIsWrittenAndForgottenOnceRenamed() throws {
        let temporary = directory + "/.out.md.tmp-1"
        var seenWhileWriting = false
        let failure = try Platform.createFile(temporary) { emit in
            emit("text")
            seenWhileWriting = PartialFiles.paths.contains(temporary)
        }
        #expect(failure == nil)
        #expect(seenWhileWriting)
        #expect(PartialFiles.paths.contains(temporary), "still there until it is renamed")
        #expect(Platform.rename(temporary, to: directory + "/out.md") == nil)
        #expect(!PartialFiles.paths.contains(temporary))
        try FileManager.default.removeItem(atPath: directory)
    }

    @Test func aFailedOrRemovedFileIsForgotten() throws {
        let failed = directory + "/.failed.tmp-2"
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try Platform.createFile(failed) { _ in throw Stop() }
        }
        #expect(!PartialFiles.paths.contains(failed))
        #expect(!FileManager.default.fileExists(atPath: failed))
        let removed = directory + "/.removed.tmp-3"
        #expect(try Platform.createFile(removed) { $0("x") } == nil)
        #expect(Platform.removeFile(removed) == nil)
        #expect(!PartialFiles.paths.contains(removed))
        try FileManager.default.removeItem(atPath: directory)
    }

    @Test func aFileThatCannotBeMadeIsNotRecorded() throws {
        let existing = directory + "/.existing.tmp-4"
        #expect(FileManager.default.createFile(atPath: existing, contents: Data("keep".utf8)))
        #expect(try Platform.createFile(existing) { $0("x") } != nil, "O_EXCL: the name is taken")
        #expect(!PartialFiles.paths.contains(existing))
        #expect(FileManager.default.contents(atPath: existing) == Data("keep".utf8))
        try FileManager.default.removeItem(atPath: directory)
    }
}
