import Testing

@testable import CLPConfCLI

/// A context loads each edition once, however many files it evaluates.
@Suite struct EditionStoreTests {
    @Test func manyFilesOneEditionLoad() throws {
        let output = OutputBuffer()
        let errors = OutputBuffer()
        let context = CommandContext(
            standardOutput: output.sink, standardError: errors.sink, currentDirectory: Golden.repositoryRoot,
            fileSystem: LocalFileSystem())
        let opener = YearOpener(context: context, menus: nil)
        for file in ["examples/eastbrook-2021.toml", "examples/eastbrook-2022.toml", "examples/riverside-2023.toml"] {
            guard case .evaluated(let year) = try opener.open(file) else {
                Issue.record("\(file) did not evaluate")
                continue
            }
            #expect(year.edition.id == "2019")
        }
        #expect(context.editions.count == 1)
        _ = try opener.open("examples/aldermoor-2015.toml")
        #expect(context.editions.count == 2)
    }
}
