import Diagnostics
import Foundation
import Rulebook
import TOML
import Testing

/// The editions the project ships in `menus/`: each must load without errors, lint clean, have every
/// constraint example behave as declared, and have an `example.toml` that validates.
@Suite struct ShippedEditionTests {
    struct Unreadable: Error, CustomStringConvertible {
        var path: String
        var description: String { "cannot read '\(path)'" }
    }

    /// The repository root, three folders above this file's folder.
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    static func file(_ path: String, shownAs display: String) throws -> EditionSource.File {
        guard let data = FileManager.default.contents(atPath: path) else { throw Unreadable(path: path) }
        return EditionSource.File(path: display, bytes: [UInt8](data))
    }

    /// The edition folder `menus/<id>`, read the way the CLI reads it.
    static func source(_ id: String) throws -> EditionSource {
        let folder = root + "/menus/" + id
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/sections").filter { $0.hasSuffix(".toml") }.sorted()
        return EditionSource(
            folderName: id, edition: try file(folder + "/edition.toml", shownAs: "menus/\(id)/edition.toml"),
            sections: try names.map { try file(folder + "/sections/" + $0, shownAs: "menus/\(id)/sections/" + $0) },
            example: try file(folder + "/example.toml", shownAs: "menus/\(id)/example.toml"))
    }

    struct Loaded {
        var edition: Edition
        var example: TOMLDocument
        var files: [SourceFile]
    }

    static func load(_ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Loaded {
        let source = try source(id)
        let result = EditionLoader.load(source)
        let errors = result.diagnostics.filter { $0.severity == .error }
        #expect(diagnosticLines(errors, files: result.files) == [], sourceLocation: sourceLocation)
        let edition = try #require(result.edition, sourceLocation: sourceLocation)
        let example = try #require(source.example, sourceLocation: sourceLocation)
        let parsed = TOMLParser.parse(bytes: example.bytes, path: example.path)
        #expect(parsed.diagnostics.isEmpty, sourceLocation: sourceLocation)
        return Loaded(edition: edition, example: parsed.document, files: result.files + [parsed.document.source])
    }

    @Test(arguments: ["2012", "2019", "2024"])
    func loadsWithoutErrorsOrWarnings(id: String) throws {
        let result = EditionLoader.load(try Self.source(id))
        #expect(result.lines == [])
        let edition = try #require(result.edition)
        #expect(edition.id == id)
        #expect(edition.sections.count >= 8)
        #expect(!edition.allConstraints.isEmpty)
    }

    @Test(arguments: ["2012", "2019", "2024"])
    func lintsClean(id: String) throws {
        let loaded = try Self.load(id)
        #expect(diagnosticLines(MenuLinter(edition: loaded.edition).lint(), files: loaded.files) == [])
    }

    @Test(arguments: ["2012", "2019", "2024"])
    func exampleValidatesWithNoErrors(id: String) throws {
        let loaded = try Self.load(id)
        let (selections, problems) = SelectionsLoader.load(loaded.example, edition: loaded.edition)
        #expect(diagnosticLines(problems, files: loaded.files) == [])
        let validated = Validator(edition: loaded.edition).validate(try #require(selections))
        let errors = validated.diagnostics.filter { $0.severity == .error }
        #expect(diagnosticLines(errors, files: loaded.files) == [])
    }

    @Test(arguments: ["2012", "2019", "2024"])
    func everyConstraintExampleBehavesAsDeclared(id: String) throws {
        let loaded = try Self.load(id)
        let (outcomes, diagnostics) = ExampleRunner(edition: loaded.edition, base: loaded.example).run()
        #expect(diagnosticLines(diagnostics, files: loaded.files) == [])
        let failing = outcomes.filter { !$0.passed }.map { outcome in
            "\(outcome.constraint.code) \(outcome.expectFailure ? "fail" : "pass") example at "
                + "\(position(outcome.example.span, in: loaded.files)) produced \(outcome.codes)"
        }
        #expect(failing == [])
        for outcome in outcomes {
            #expect(outcome.codes.contains(outcome.constraint.code) == outcome.expectFailure)
        }
        let examples = loaded.edition.allConstraints.reduce(0) { $0 + $1.passExamples.count + $1.failExamples.count }
        #expect(outcomes.count == examples, "every example ran")
        #expect(loaded.edition.allConstraints.allSatisfy { !$0.passExamples.isEmpty && !$0.failExamples.isEmpty })
    }
}
