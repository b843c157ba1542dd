import Testing

@testable import CLPConfCLI

/// A folder of reports recorded once: every report its walk would read is refused as an output, and nothing
/// else is.
@Suite struct ReportTreeTests {
    @Test(arguments: [
        ("/r/a.json", true), ("/r/north/2024/a.json", true), ("/r/a.md", false), ("/r/.hidden.json", false),
        ("/r/.git/a.json", false), ("/rest/a.json", false), ("/r", false), ("/other/r/a.json", false),
        // A name that begins with a combining mark: as characters it would join the slash before it.
        ("/r/\u{301}sub/a.json", true), ("/r/\u{301}a.json", true), ("/r\u{301}/a.json", false),
    ])
    func coversWhatTheWalkReads(path: String, covered: Bool) {
        #expect(ReportTree(root: "/r").covers(path) == covered)
        #expect(ReportTree(root: "/r/").covers(path) == covered)
    }

    @Test func aReportInARecordedFolderIsNeverReplacedButANewFileMayBeWritten() throws {
        let fileSystem = InMemoryFileSystem(files: ["reports/north/a.json": "{}\n", "reports/b.md": "b\n"])
        let registry = InputRegistry()
        registry.record(ReportTree(root: "/work/reports"))
        let writer = AtomicFileWriter(
            fileSystem: fileSystem, currentDirectory: fileSystem.currentDirectory, registry: registry)
        #expect(throws: CLIError(.outputIsInput(path: "reports/north/a.json"))) {
            try writer.write([1], to: "reports/north/a.json", inputs: [])
        }
        #expect(fileSystem.text("reports/north/a.json") == "{}\n")
        try writer.write(Array("new\n".utf8), to: "reports/b.md", inputs: [])
        try writer.write(Array("{}\n".utf8), to: "reports/new.json", inputs: [])
        #expect(fileSystem.text("reports/b.md") == "new\n")
        #expect(fileSystem.text("reports/new.json") == "{}\n")
    }
}
