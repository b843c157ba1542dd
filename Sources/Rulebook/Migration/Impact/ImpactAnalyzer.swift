import Diagnostics

/// Works out what a draft edition would do to each CLP: its year is read (from a selections file, or rebuilt
/// from its report), checked under its own edition, carried to the draft by ``EditionMigrator`` and checked
/// again; the problems the draft adds are the problems of the second check that the first did not have.
///
/// Comparing the two checks of the same text, rather than the draft's check with the report's own problems,
/// keeps a rebuilt year honest: what a report does not carry (officers, votes) is missing from both checks, so
/// it never shows as something the draft broke. Nothing here touches the file system.
public struct ImpactAnalyzer: Sendable {
    /// The draft edition being assessed.
    public let draft: Edition
    /// The editions the years follow now, and any edition between them and the draft.
    public let editions: [Edition]
    private let reports: ReportedYearReader
    private let evaluators: [String: YearEvaluator]
    private let unreported: UnreportedInputs
    private let layouts: [String: ReportedYear.Layout]
    /// Every edition's migration items (the draft's too), worked out once rather than for each file.
    private let items: [String: MigrationItems]
    /// ``editions`` and the draft: what each file may be carried through, made once rather than for each file.
    private let route: [Edition]

    /// - Parameters:
    ///   - draft: The edition being assessed.
    ///   - editions: The published editions (not the draft), each with the hex digest reports must carry.
    public init(draft: Edition, editions: [(edition: Edition, digest: String)]) {
        self.draft = draft
        unreported = UnreportedInputs(draft)
        layouts = Dictionary(editions.map { ($0.edition.id, ReportedYear.Layout($0.edition)) }) { first, _ in first }
        self.editions = editions.map(\.edition).filter { $0.id != draft.id }
        items = Dictionary(([draft] + self.editions).map { ($0.id, MigrationItems($0)) }) { first, _ in first }
        route = self.editions + [draft]
        reports = ReportedYearReader(
            editions: Dictionary(editions.map { ($0.edition.id, $0.digest) }) { first, _ in first })
        // The year as it stands gives only which rules it fails; the draft's check explains its findings.
        evaluators = Dictionary(
            editions.map {
                ($0.edition.id, YearEvaluator(edition: $0.edition, searchesFixes: false, explains: []))
            }
        ) { first, _ in first }
    }

    /// What assessing one file gave.
    public enum Outcome: Sendable {
        case assessed(ImpactCase)
        /// The file could not be assessed, for the reasons given.
        case leftOut(file: String, [Diagnostic], source: SourceFile)
        /// The file could not be read at all (the reason in words).
        case unreadable(file: String, reason: String)
    }

    /// Assesses the report or selections file `bytes`, named `path`.
    public func assess(_ bytes: [UInt8], path: String, as source: ImpactCase.Source) -> Outcome {
        switch source {
        case .selections: return assessSelections(bytes, path: path, source: .selections, identity: nil)
        case .report:
            let reported: ReportedYear
            switch reports.read(bytes, path: path) {
            case .read(let year): reported = year
            case .rejected(let diagnostics, let file): return .leftOut(file: path, diagnostics, source: file)
            }
            // The file's text is copied for quoting only when the report is left out.
            var file: SourceFile { SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)) }
            // The reader accepts only reports on the editions it was given.
            guard let layout = layouts[reported.editionID] else {
                let diagnostic = CompileCatalogue.unknownEdition.diagnostic(
                    "the report follows edition '\(reported.editionID)', which this impact does not have", at: nil)
                return .leftOut(file: path, [diagnostic], source: file)
            }
            do {
                let text = try reported.selectionsText(layout: layout)
                return assessSelections(Array(text.utf8), path: path, source: .report, identity: reported)
            } catch {
                let diagnostic = CompileCatalogue.wrongField.diagnostic(
                    "the report's selections cannot be written as TOML: \(error)", at: nil)
                return .leftOut(file: path, [diagnostic], source: file)
            }
        }
    }

    private func assessSelections(
        _ bytes: [UInt8], path: String, source: ImpactCase.Source, identity: ReportedYear?
    ) -> Outcome {
        let text = SelectionsText(bytes: bytes, path: path)
        // The draft's check explains its findings (they are reported); its derived values are not shown.
        let migrated = EditionMigrator.migrate(
            text, to: draft.id, editions: route, searchesFixes: false, items: items,
            explains: .failures)
        var file: SourceFile { SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self)) }
        guard migrated.problems.isEmpty, let after = migrated.evaluation, let editionID = migrated.fromEdition else {
            return .leftOut(file: path, migrated.problems, source: file)
        }
        // Evaluating without amendments cannot throw; a year that names an edition this impact lacks was
        // already stopped by the migration, which needs the same editions.
        guard let evaluator = evaluators[editionID] ?? draftEvaluator(editionID),
            let before = try? evaluator.evaluate(text)
        else {
            let diagnostic = CompileCatalogue.unknownEdition.diagnostic(
                "the year follows edition '\(editionID)', which this impact does not have", at: nil)
            return .leftOut(file: path, [diagnostic], source: file)
        }
        // The report's own errors (officers and votes included), or the file's when it is one.
        let errorsNow = identity?.errorCodes ?? Self.errorCodes(before.diagnostics)
        let rebuiltErrors = Set(Self.errorCodes(before.diagnostics))
        // What the rebuilt year fails only for want of officers or votes, and what it cannot see at all.
        let artefacts = rebuiltErrors.subtracting(errorsNow)
        let unseen = Set(errorsNow).subtracting(rebuiltErrors)
        let draftDiagnostics = after.diagnostics.filter { !Self.datedRules.contains($0.code) && $0.severity != .note }
        let draftErrors = Set(Self.errorCodes(draftDiagnostics))
        let codesNow = Set(before.diagnostics.map(\.code))
        let findings = draftDiagnostics.filter { !codesNow.contains($0.code) }.map {
            ImpactCase.Finding(
                code: $0.code, severity: $0.severity, message: $0.message, fix: $0.fixIts.first?.summary,
                citation: $0.citation, unassessed: source == .report && unreported.ruleCodes.contains($0.code))
        }
        let uncounted = Set(findings.filter(\.unassessed).map(\.code))
        let selections = before.selections
        return .assessed(
            ImpactCase(
                file: path, source: source, clp: identity?.clp ?? selections?.clpName?.value ?? path,
                region: identity?.region ?? selections?.region?.value,
                year: identity?.year ?? selections?.year.map { Int64($0.value) },
                agmDate: identity?.agmDate ?? selections?.agmDate.map { $0.value.description },
                generatedAt: identity?.generatedAt, editionID: editionID, validNow: errorsNow.isEmpty,
                validUnderDraft: draftErrors.subtracting(artefacts).subtracting(uncounted).isEmpty && unseen.isEmpty,
                findings: findings,
                resolved: errorsNow.filter { !draftErrors.contains($0) && !unseen.contains($0) },
                losses: migrated.changes.filter(\.losesValue)))
    }

    /// The rules that compare the AGM's date with the dates an edition or an option governs: a year is
    /// assessed as if its next AGM fell under the draft, so its present AGM date is not held against it.
    static let datedRules: Set<String> = [
        RulebookCatalogue.agmOutsideEdition.code, RulebookCatalogue.optionNotYetAvailable.code,
    ]

    /// The draft's own evaluator, for a file that already follows the draft.
    private func draftEvaluator(_ id: String) -> YearEvaluator? {
        id == draft.id ? YearEvaluator(edition: draft, searchesFixes: false, explains: []) : nil
    }

    /// The codes of `diagnostics`' errors, each once, in order.
    private static func errorCodes(_ diagnostics: [Diagnostic]) -> [String] {
        var seen = Set<String>()
        return diagnostics.filter { $0.severity == .error }.map(\.code).filter { seen.insert($0).inserted }
    }
}
