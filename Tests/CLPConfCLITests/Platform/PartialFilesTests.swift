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
            seenWhileWriting = Platform.PartialFiles.paths.contains(temporary)
        }
        #expect(failure == nil)
        #expect(seenWhileWriting)
        #expect(Platform.PartialFiles.paths.contains(temporary), "still there until it is renamed")
        #expect(Platform.rename(temporary, to: directory + "/out.md") == nil)
        #expect(!Platform.PartialFiles.paths.contains(temporary))
    }

    @Test func aFailedOrRemovedFileIsForgotten() throws {
        let failed = directory + "/.failed.tmp-2"
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try Platform.createFile(failed) { _ in throw Stop() }
        }
        #expect(!Platform.PartialFiles.paths.contains(failed))
        #expect(!FileManager.default.fileExists(atPath: failed))
        let removed = directory + "/.removed.tmp-3"
        #expect(try Platform.createFile(removed) { $0("x") } == nil)
        #expect(Platform.removeFile(removed) == nil)
        #expect(!Platform.PartialFiles.paths.contains(removed))
    }

    @Test func aFullTableRefusesQuietly() {
        // Paths that are never created: recorded and forgotten only in the table.
        let names = (0..<(Platform.PartialFiles.capacity + 8)).map { directory + "/never-\($0)" }
        let recorded = names.map { Platform.PartialFiles.begin($0) }
        #expect(recorded.contains(false))
        #expect(recorded.filter { $0 }.count <= Platform.PartialFiles.capacity)
        for name in names { Platform.PartialFiles.end(name) }
        #expect(!Platform.PartialFiles.paths.contains { $0.hasPrefix(directory + "/never-") })
    }
}
