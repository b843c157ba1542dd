import Diagnostics
import RuleLanguage
import Rulebook
import TOML
import TestSupport
import Testing

/// An edition folder written inline: an `edition.toml` string plus section strings (named
/// `sections/01.toml`, `sections/02.toml`, … in order), loaded with ``EditionLoader/load(_:)``.
struct EditionFixture {
    var folder = "t"
    var edition: String
    var sections: [String]
    var example: String?

    static func sectionPath(_ index: Int) -> String { "sections/0\(index + 1).toml" }

    var source: EditionSource {
        EditionSource(
            folderName: folder, edition: .init(path: "edition.toml", bytes: Array(edition.utf8)),
            sections: sections.enumerated().map { .init(path: Self.sectionPath($0.offset), bytes: Array($0.element.utf8)) },
            example: example.map { .init(path: "example.toml", bytes: Array($0.utf8)) })
    }

    /// Loads the edition; records an issue for any diagnostic whose code is not declared with its severity.
    func load(sourceLocation: Testing.SourceLocation = #_sourceLocation) -> EditionLoadResult {
        let result = EditionLoader.load(source)
        CatalogueChecks.checkDeclared(result.diagnostics, in: everyCatalogue, sourceLocation: sourceLocation)
        return result
    }

    /// The loaded edition; records an issue (with every diagnostic) when it has errors.
    func loaded(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Edition {
        let result = load()
        #expect(!result.diagnostics.hasErrors, "\(result.lines)", sourceLocation: sourceLocation)
        return try #require(result.edition, sourceLocation: sourceLocation)
    }
}

/// `path:line:column` of the start of `span`, worked out from the text of `files`.
func position(_ span: SourceSpan?, in files: [SourceFile]) -> String {
    guard let span else { return "-" }
    guard let file = files.first(where: { $0.path == span.file }) else { return "\(span.file):?:?" }
    let location = SourceLocationConverter(text: file.text).location(of: span.range.lowerBound)
    return "\(span.file):\(location.line):\(location.column)"
}

/// One line per diagnostic, as a compiler prints it: `path:line:col: severity: message [CODE]`.
func diagnosticLines(_ diagnostics: [Diagnostic], files: [SourceFile]) -> [String] {
    diagnostics.map { "\(position($0.location, in: files)): \($0.severity.rawValue): \($0.message) [\($0.code)]" }
}

extension EditionLoadResult {
    /// ``diagnosticLines(_:files:)`` for this result's diagnostics.
    var lines: [String] { diagnosticLines(diagnostics, files: files) }

    /// The diagnostics with `code`.
    func with(_ code: String) -> [Diagnostic] { diagnostics.filter { $0.code == code } }
}

/// Parses `text` as a selections file (`ours.toml`) and loads it against `edition`.
func loadSelections(_ text: String, edition: Edition) -> (selections: Selections?, diagnostics: [Diagnostic], file: SourceFile) {
    let parsed = TOMLParser.parse(text, path: "ours.toml")
    let valid = parsed.isValid
    #expect(valid, "the test's selections are not valid TOML: \(parsed.diagnostics.map(\.message))")
    let (selections, diagnostics) = SelectionsLoader.load(parsed.document, edition: edition)
    CatalogueChecks.checkDeclared(diagnostics, in: everyCatalogue)
    return (selections, diagnostics, parsed.document.source)
}

/// Every code the engine and the modules below it declare: what the engine's diagnostics may carry.
let everyCatalogue = RulebookCatalogue.all + RuleCatalogue.all + TOMLCatalogue.all

/// Loads `text` against `edition`, requiring no load errors, and returns the selections.
func selections(
    _ text: String, edition: Edition, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws -> Selections {
    let loaded = loadSelections(text, edition: edition)
    #expect(
        !loaded.diagnostics.hasErrors, "\(diagnosticLines(loaded.diagnostics, files: [loaded.file]))", sourceLocation: sourceLocation)
    return try #require(loaded.selections, sourceLocation: sourceLocation)
}

extension EditionFixture {
    /// The `edition.toml` of ``oneSection(_:)``: one integer fact, one officer post, one section.
    static let oneSectionHeader = """
        id = "t"
        title = "T"
        rule_book = "Rule Book T"
        sections = ["governance"]

        [[fact]]
        id = "members"
        type = "integer"
        range = [0, 20000]

        [[post]]
        id = "chair"

        """

    /// The first lines of ``oneSection(_:)``'s section file (10 lines), before `body`.
    static let oneSectionPreamble = """
        id = "governance"
        title = "Governance"
        choose = "none"

        [[parameter]]
        id = "meetings"
        title = "Meetings a year"
        type = "integer"
        default = 8


        """

    /// A one-section edition whose section file is ``oneSectionPreamble`` followed by `body`.
    static func oneSection(_ body: String, prefix: String = "") -> EditionFixture {
        EditionFixture(edition: oneSectionHeader, sections: [prefix + oneSectionPreamble + body])
    }
}

/// One expected diagnostic: its code, severity and message, at a marker in the marked text.
struct Expected: CustomStringConvertible {
    var marker: Character
    var code: String
    var severity: Severity
    var message: String

    init(_ marker: Character, _ code: String, _ severity: Severity, _ message: String) {
        self.marker = marker
        self.code = code
        self.severity = severity
        self.message = message
    }

    /// An expected error.
    init(_ marker: Character, _ code: String, _ message: String) {
        self.init(marker, code, .error, message)
    }

    var description: String { "\(marker) \(code) \(severity.rawValue): \(message)" }
}

/// Loads ``EditionFixture/oneSection(_:prefix:)`` with `marked` (section text with `1️⃣` markers) as the
/// body and checks its diagnostics with ``assertMarkedDiagnostics(_:_:sourceLocation:load:)``.
func assertSectionDiagnostics(
    _ marked: String, _ expected: [Expected], sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    assertMarkedDiagnostics(EditionFixture.oneSectionPreamble + marked, expected, sourceLocation: sourceLocation) { text in
        let result = EditionFixture(edition: EditionFixture.oneSectionHeader, sections: [text]).load()
        return (result.diagnostics, result.files)
    }
}

/// Checks that `load` applied to `marked` (a file with `1️⃣` markers) gives exactly `expected`, each
/// diagnostic starting at its marker; then again with a line of multi-byte characters in front, where each
/// must move down one line and keep its (character) column.
func assertMarkedDiagnostics(
    _ marked: String, _ expected: [Expected], sourceLocation: Testing.SourceLocation = #_sourceLocation,
    load: (String) -> (diagnostics: [Diagnostic], files: [SourceFile])
) {
    var firstRun: [String] = []
    for (run, prefix) in ["", "# Ünïcødé — 👨‍👩‍👧 ok\n"].enumerated() {
        let text = MarkedText(prefix + marked)
        let (diagnostics, files) = load(text.text)
        let found = diagnostics.map { "\($0.code) \($0.severity.rawValue): \($0.message)" }
        #expect(found == expected.map { "\($0.code) \($0.severity.rawValue): \($0.message)" }, sourceLocation: sourceLocation)
        let offsets = diagnostics.map { $0.location?.range.lowerBound ?? -1 }
        #expect(offsets == expected.map { text.offset($0.marker) }, "byte offsets (run \(run))", sourceLocation: sourceLocation)
        let positions = diagnostics.map { position($0.location, in: files) }
        if run == 0 {
            firstRun = positions
        } else {
            let moved = firstRun.map { position in
                let parts = position.split(separator: ":")
                return parts.count == 3 ? "\(parts[0]):\((Int(parts[1]) ?? 0) + 1):\(parts[2])" : position
            }
            #expect(positions == moved, "a multi-byte line in front moves each diagnostic down one line", sourceLocation: sourceLocation)
        }
    }
}

/// Loads `marked` (a selections file with `1️⃣` markers) against `edition` and checks its load
/// diagnostics with ``assertMarkedDiagnostics(_:_:sourceLocation:load:)``.
func assertSelectionsDiagnostics(
    _ marked: String, edition: Edition, _ expected: [Expected], sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    assertMarkedDiagnostics(marked, expected, sourceLocation: sourceLocation) { text in
        let loaded = loadSelections(text, edition: edition)
        return (loaded.diagnostics, [loaded.file])
    }
}

/// The text of the byte range `range` of `text`.
func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}
