import Diagnostics
import JSON

/// Reads one report file into a ``ReceivedReport``, or says why it cannot be counted.
///
/// Checked in order: the JSON is well formed (the JSON reader's located J1xx diagnostics), the schema is
/// `clpconf.report/1` (P101), the members the figures read are there with the right types (P102), the CLP
/// and year are given (P106), the edition is one the compile has (P103) and its digest is that edition's
/// (P104). Anything else in the file is not read, so a report may carry more than the compile needs.
public struct ReportDecoder: Sendable {
    /// The editions the compile has: id → the hex SHA-256 digest of the published edition.
    public var editions: [String: String]

    public init(editions: [String: String]) {
        self.editions = editions
    }

    /// What reading one file gave.
    public enum Outcome: Sendable {
        /// Counted; the diagnostics are warnings at most.
        case accepted(ReceivedReport)
        /// Left out, for the reasons given (at least one error), with the file's text up to the last line they
        /// quote (``QuotedPrefix``); `report` is what the file said when it was read whole and only its edition
        /// is wrong, so the CLP can still be told.
        case rejected([Diagnostic], source: SourceFile, report: ReceivedReport? = nil)
    }

    /// Reads `bytes`, named `path` in diagnostics.
    public func decode(_ bytes: [UInt8], path: String) -> Outcome {
        decode(JSONParser.parseTape(bytes: bytes, path: path), path: path)
    }

    /// Reads a file already parsed onto a tape, for a caller that reads more of it than the compile does and
    /// so parses it once (the impact of a draft edition).
    public func decode(_ parsed: JSONTapeResult, path: String) -> Outcome {
        guard let tape = parsed.tape, !parsed.diagnostics.hasErrors else {
            return .rejected(parsed.diagnostics, source: parsed.source(quotedBy: parsed.diagnostics))
        }
        var fields = ReportFields(tape: tape)
        guard let root = fields.object(tape.root, path: "(the file)") else {
            return .rejected(fields.diagnostics, source: tape.source(quotedBy: fields.diagnostics))
        }
        let schema = root["schema"]
        guard schema?.string == YearReport.schema else {
            let found = schema.map { $0.string.map { "'" + $0 + "'" } ?? $0.typeName } ?? "no schema member"
            let diagnostic = CompileCatalogue.unknownSchema.diagnostic(
                "not a clpconf.report/1 report: found \(found)",
                at: tape.span((schema ?? tape.root).range),
                fixIts: [FixIt("write the report again with 'clpconf report FILE -o report.json'")])
            return .rejected([diagnostic], source: tape.source(quotedBy: [diagnostic]))
        }
        let report = read(root, fields: &fields, path: path)
        guard let report, !fields.diagnostics.hasErrors else {
            return .rejected(fields.diagnostics, source: tape.source(quotedBy: fields.diagnostics))
        }
        if let problem = editionProblem(report, root: root, tape: tape) {
            return .rejected([problem], source: tape.source(quotedBy: [problem]), report: report)
        }
        return .accepted(report)
    }

    private func editionProblem(_ report: ReceivedReport, root: JSONTape.Object, tape: JSONTape) -> Diagnostic? {
        let edition = root["edition"]?.object
        guard let published = editions[report.editionID] else {
            let known = editions.keys.sorted().map { "'" + $0 + "'" }.joined(separator: ", ")
            return CompileCatalogue.unknownEdition.diagnostic(
                "the report is on edition '\(report.editionID)', which this compile does not have (it has \(known))",
                at: tape.span(edition?["id"]?.range ?? tape.root.range),
                fixIts: [FixIt("compile with --menus naming the folder that holds edition '\(report.editionID)'")])
        }
        guard published == report.editionDigest else {
            return CompileCatalogue.digestMismatch.diagnostic(
                "the report was made with an edited copy of edition '\(report.editionID)': its digest "
                    + "\(report.editionDigest.prefix(12))… is not the published \(published.prefix(12))…",
                at: tape.span(edition?["digest"]?.range ?? tape.root.range),
                notes: [Note("the CLP's check said 'valid' against its own copy of the menu, so it is not counted")],
                fixIts: [
                    FixIt("ask the CLP to check its file against the published menu and send the report again")
                ])
        }
        return nil
    }

    private func read(_ root: JSONTape.Object, fields: inout ReportFields, path: String) -> ReceivedReport? {
        let node = fields.tape.root
        let generator = fields.object(fields.member("generator", of: root, at: node, path: ""), path: "generator")
        let generatedAt = generator.flatMap {
            fields.string(
                fields.member("generatedAt", of: $0, at: node, path: "generator"), path: "generator.generatedAt")
        }
        let clp = fields.object(fields.member("clp", of: root, at: node, path: ""), path: "clp")
        let name = clp.flatMap {
            fields.optionalString(fields.member("name", of: $0, at: node, path: "clp"), path: "clp.name")
        }
        let region = clp.flatMap {
            fields.optionalString(fields.member("region", of: $0, at: node, path: "clp"), path: "clp.region")
        }
        let yearNode = fields.member("year", of: root, at: node, path: "")
        let year = fields.optionalInteger(yearNode, path: "year")
        let agm = fields.optionalString(fields.member("agmDate", of: root, at: node, path: ""), path: "agmDate")
        let edition = fields.object(fields.member("edition", of: root, at: node, path: ""), path: "edition")
        let editionID = edition.flatMap {
            fields.string(fields.member("id", of: $0, at: node, path: "edition"), path: "edition.id")
        }
        let digest = edition.flatMap {
            fields.string(fields.member("digest", of: $0, at: node, path: "edition"), path: "edition.digest")
        }
        let valid = fields.bool(fields.member("valid", of: root, at: node, path: ""), path: "valid")
        var reader = ReportContentReader(fields: fields)
        let content = reader.read(root)
        fields = reader.fields
        guard !fields.diagnostics.hasErrors, let generatedAt, let editionID, let digest, let valid else { return nil }
        guard let name, !name.isEmpty, let year else {
            let what = name?.isEmpty ?? true ? "the CLP's name" : "the year"
            fields.problemUnidentified(what, at: (name == nil ? root["clp"] : yearNode) ?? node)
            return nil
        }
        var report = ReceivedReport(
            file: path, generatedAt: generatedAt, clp: name, region: region, year: year, agmDate: agm,
            editionID: editionID, editionDigest: digest, valid: valid, warningCount: content.warningCount,
            errorCodes: content.errorCodes, pendingApprovals: content.pending, members: content.members,
            options: content.options, settings: content.settings, changes: content.changes, feedback: content.feedback)
        report.localAdditionTopics = content.localAdditionTopics
        return report
    }
}

extension ReportFields {
    mutating func problemUnidentified(_ what: String, at node: JSONTape.Value) {
        appendDiagnostic(
            CompileCatalogue.unidentified.diagnostic(
                "the report does not give \(what), so it cannot be counted", at: tape.span(node.range),
                fixIts: [FixIt("give [clp] name and year in the selections file, then run 'clpconf report' again")]))
    }
}
