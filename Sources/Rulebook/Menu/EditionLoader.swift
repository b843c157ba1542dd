import Diagnostics
import RuleLanguage
import TOML

/// Loads an edition folder's files into an ``Edition``: reads every key, resolves every reference,
/// parses and type-checks every expression and template, and reports all problems at once.
public struct EditionLoader {
    /// The highest `schema_version` this build understands.
    public static let supportedSchemaVersion = 1

    var diagnostics: [Diagnostic] = []
    var files: [SourceFile] = []
    /// Every file parsed, handed to the result (see ``EditionLoadResult/documents``).
    var documents: [TOMLDocument] = []
    var compiler = ExpressionCompiler(schema: RuleSchema())
    /// ``compiler``'s schema and a branch's own record (`branch.name`, `branch.members`, ...: the fields of the
    /// `branch` list fact), for the clauses of a branch's standing orders.
    var branchCompiler = ExpressionCompiler(schema: RuleSchema())
    /// First definition of each derived id, constraint code and section id, for duplicate checks.
    var seen: [String: SourceSpan] = [:]

    public init() {}

    /// Loads `source`; the edition is nil when any error was found.
    public static func load(_ source: EditionSource) -> EditionLoadResult {
        var loader = EditionLoader()
        let edition = loader.load(source)
        let result = loader.diagnostics.hasErrors ? nil : edition
        return EditionLoadResult(
            edition: result, diagnostics: loader.diagnostics, files: loader.files, documents: loader.documents)
    }

    mutating func parse(_ file: EditionSource.File) -> TOMLDocument? {
        let result = TOMLParser.parse(bytes: file.bytes, path: file.path)
        files.append(result.document.source)
        diagnostics += result.diagnostics
        guard result.isValid else { return nil }
        documents.append(result.document)
        return result.document
    }

    mutating func load(_ source: EditionSource) -> Edition? {
        reserveDefinitions(for: source)
        guard let document = parse(source.edition) else { return nil }
        let sectionDocuments = source.sections.compactMap { parse($0) }
        let whole = 0..<document.source.text.utf8.count
        var reader = TableReader(
            document.root, range: 0..<min(1, whole.upperBound), document: document, context: "edition.toml",
            vocabulary: .menu)

        let schemaVersion = readSchemaVersion(&reader)
        guard schemaVersion <= Self.supportedSchemaVersion else {
            diagnostics += reader.diagnostics
            return nil
        }
        let id = readEditionID(&reader, folderName: source.folderName)
        let facts = readFacts(&reader)
        let posts = readNamed(&reader, key: "post", kind: "post")
        let votes = readNamed(&reader, key: "vote", kind: "vote")
        let approvals = readNamed(&reader, key: "approval", kind: "approval")
        let matters = readNamed(&reader, key: "matter", kind: "matter")

        var builder = SchemaBuilder()
        // About one name per section choice, parameter and derived value, and a few each for the rest.
        builder.reserveCapacity(64 + 4 * facts.count + 3 * votes.count + approvals.count + 8 * sectionDocuments.count)
        builder.addBuiltins(
            posts: posts.map(\.id), votes: votes.map(\.id), approvals: approvals.map(\.id), matters: matters.map(\.id))
        facts.forEach { builder.addFact($0) }
        builder.addDerived(document.root)
        let sectionOrder = reader.stringArray("sections", required: true)?.0 ?? []
        let ordered = orderSections(sectionOrder, documents: sectionDocuments, in: document)
        for section in ordered { builder.addSection(section.root) }
        compiler = ExpressionCompiler(schema: builder.schema)
        branchCompiler = ExpressionCompiler(schema: Self.branchSchema(builder.schema, facts: facts))

        let approvalIDs = approvals.map(\.id)
        var sections: [Section] = []
        for sectionDocument in ordered {
            if let section = readSection(sectionDocument, approvals: approvalIDs) { sections.append(section) }
        }
        let general = readRules(&reader, section: nil)
        let questions = readQuestions(&reader)
        let migration = readMigration(&reader)
        let header = readHeader(&reader)
        let parts = readParts(&reader, sections: sections, general: general)
        finish(&reader)
        checkDerivedCycles(general.derived + sections.flatMap(\.rules.derived))

        return Edition(
            schemaVersion: schemaVersion, id: id ?? source.folderName, title: header.title,
            published: header.published, supersedes: header.supersedes, ruleBook: header.ruleBook,
            validYears: header.validYears, agmDates: header.agmDates, isDraft: header.draft, intro: header.intro,
            sections: sections,
            facts: facts, posts: posts, votes: votes, approvals: approvals, matters: matters, general: general,
            questions: questions, parts: parts, migration: migration, schema: compiler.schema, files: files,
            span: document.span(whole))
    }

    /// `schema` with `branch.<field>` for each field of the `branch` list fact (none without one).
    static func branchSchema(_ schema: RuleSchema, facts: [FactDefinition]) -> RuleSchema {
        var extended = schema
        guard let fact = facts.first(where: { $0.id == "branch" }), case .list(let fields) = fact.kind else {
            return extended
        }
        for field in fields { extended.declare("branch." + field.id, field.kind.ruleType) }
        return extended
    }

    /// The edition's `id`, which must equal its folder's name.
    private mutating func readEditionID(_ reader: inout TableReader, folderName: String) -> String? {
        let id = reader.string("id", required: true)
        if let (value, raw) = id, value != folderName {
            diagnostics.append(
                MenuMessages.invalidValue(
                    "id", "is '\(value)' but the folder is named '\(folderName)'; they must match",
                    at: reader.span(raw.range)))
        }
        return id?.0
    }

    /// An edition defines an id every couple of hundred bytes or so; room for them up front saves rehashing
    /// every id as they are noted.
    private mutating func reserveDefinitions(for source: EditionSource) {
        let size = source.sections.reduce(source.edition.bytes.count) { $0 + $1.bytes.count }
        seen.reserveCapacity(max(256, size / 200))
    }

    private mutating func readSchemaVersion(_ reader: inout TableReader) -> Int {
        guard let (version, raw) = reader.integer("schema_version") else { return 1 }
        if version > Self.supportedSchemaVersion || version < 1 {
            reader.report(
                MenuMessages.unsupportedSchema(
                    version, highest: Self.supportedSchemaVersion, at: reader.span(raw.range)))
            return Int.max
        }
        return version
    }

    /// The section documents in the order `sections` lists them; reports missing and unlisted ones.
    private mutating func orderSections(
        _ order: [(String, TOMLValue)], documents: [TOMLDocument], in edition: TOMLDocument
    ) -> [TOMLDocument] {
        var byID: [String: TOMLDocument] = [:]
        for document in documents {
            guard let id = document.root["id"]?.string else { continue }
            if let earlier = byID[id] {
                diagnostics.append(
                    MenuMessages.duplicateID(
                        "section", id, at: document.span(document.root.entry("id")?.keyRange ?? 0..<0),
                        first: earlier.span(earlier.root.entry("id")?.keyRange ?? 0..<0)))
                continue
            }
            byID[id] = document
        }
        var result: [TOMLDocument] = []
        var listed: [String: TOMLValue] = [:]
        for (id, raw) in order {
            if let first = listed.updateValue(raw, forKey: id) {
                diagnostics.append(
                    MenuMessages.sectionListedTwice(id, at: edition.span(raw.range), first: edition.span(first.range)))
            } else if let document = byID.removeValue(forKey: id) {
                result.append(document)
            } else {
                diagnostics.append(
                    MenuMessages.missingSectionFile(id, known: Array(byID.keys), at: edition.span(raw.range)))
            }
        }
        for (id, document) in byID.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(
                MenuMessages.unlistedSection(
                    document.source.path, id: id, at: document.span(document.root.entry("id")?.keyRange ?? 0..<0)))
        }
        return result
    }
}
