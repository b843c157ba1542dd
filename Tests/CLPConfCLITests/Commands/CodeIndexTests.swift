import Diagnostics
import Foundation
import TestSupport
import Testing

@testable import CLPConfCLI

/// Every module's catalogue, side by side: no code declared twice, every code in the architecture docs, no
/// code written as a literal outside its catalogue, and every code the golden files show declared.
@Suite struct CodeIndexTests {
    /// The one file per module where codes are declared.
    static let catalogueFiles = [
        "Sources/TOML/TOMLCatalogue.swift", "Sources/JSON/JSONCatalogue.swift", "Sources/CSV/CSVCatalogue.swift",
        "Sources/RuleLanguage/RuleCatalogue.swift",
        "Sources/Rulebook/Support/RulebookCatalogue.swift", "Sources/Rulebook/Compile/CompileCatalogue.swift",
        "Sources/Rulebook/Migration/MigrationCatalogue.swift",
        "Sources/CLPConfCLI/Errors/CLICatalogue.swift",
    ]

    static func read(_ relative: String) throws -> String {
        try String(contentsOfFile: Golden.repositoryRoot + "/" + relative, encoding: .utf8)
    }

    /// Every file under `folder` (relative to the repository root) whose name ends with `suffix`.
    static func files(under folder: String, endingWith suffix: String = "") -> [String] {
        let root = Golden.repositoryRoot + "/"
        let paths = FileManager.default.subpaths(atPath: root + folder) ?? []
        return paths.filter { $0.hasSuffix(suffix) }.map { folder + "/" + $0 }.sorted()
    }

    static func codeLiterals(in text: String) -> [String] {
        text.matches(of: /"([TJDRMSCP][0-9]{3})"/).map { String($0.output.1) }
    }

    @Test func noCodeIsDeclaredInTwoCatalogues() {
        CatalogueChecks.checkDeclarations(CLICatalogue.all, domains: [.cli])
        let codes = CodeIndex.all.map(\.code)
        let repeated = Dictionary(grouping: codes, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "declared in more than one place: \(repeated)")
    }

    /// A code written in a catalogue file but left out of its `all` list would be invisible to `explain`.
    @Test func everyDeclaredCodeIsListed() throws {
        let declared = try Self.catalogueFiles.flatMap { Self.codeLiterals(in: try Self.read($0)) }
        let listed = CodeIndex.all.map(\.code)
        #expect(declared.count == listed.count, "some codes are declared twice or listed twice")
        let unlisted = Set(declared).subtracting(listed).sorted()
        #expect(unlisted.isEmpty, "declared but missing from their catalogue's 'all': \(unlisted)")
    }

    /// Codes come from the catalogues; a `"X123"` literal anywhere else in the sources is a second declaration.
    @Test func noCodeLiteralOutsideTheCatalogues() throws {
        let sources = Self.files(under: "Sources", endingWith: ".swift").filter { !Self.catalogueFiles.contains($0) }
        #expect(sources.count > 50)
        for path in sources {
            let literals = Self.codeLiterals(in: try Self.read(path))
            #expect(literals.isEmpty, "\(path) writes codes \(literals); use the catalogue entry")
        }
    }

    /// Every code a golden file shows is declared (menu constraint codes such as `EXE03` do not match).
    @Test func everyCodeInTheGoldenFilesIsDeclared() throws {
        let known = Set(CodeIndex.all.map(\.code))
        let fixtures = Self.files(under: "Tests").filter { $0.contains("/Fixtures/") }
        #expect(!fixtures.isEmpty)
        var seen: Set<String> = []
        for path in fixtures {
            guard let text = try? Self.read(path) else { continue }
            seen.formUnion(text.matches(of: /\b[TJDRMSCP][0-9]{3}\b/).map { String($0.output) })
        }
        #expect(!seen.isEmpty)
        #expect(seen.subtracting(known).isEmpty, "in golden files but not declared: \(seen.subtracting(known).sorted())")
    }

    /// `docs/architecture.md` lists every code with its summary, as a `| CODE | summary |` row.
    @Test func theArchitectureDocsListEveryCode() throws {
        let docs = try Self.read("docs/architecture.md")
        let missing = CodeIndex.all.filter { !docs.contains("| \($0.code) | \($0.summary) |") }
        let rows = missing.map { "| \($0.code) | \($0.summary) |" }.joined(separator: "\n")
        #expect(missing.isEmpty, "add or correct these rows in docs/architecture.md:\n\(rows)")
        let listed = Set(docs.matches(of: /\| ([TJDRMSCP][0-9]{3}) \|/).map { String($0.output.1) })
        let undeclared = listed.subtracting(CodeIndex.all.map(\.code)).sorted()
        #expect(undeclared.isEmpty, "docs/architecture.md lists codes no catalogue declares: \(undeclared)")
    }
}
