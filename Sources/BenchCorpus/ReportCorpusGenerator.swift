import Diagnostics
import Rulebook
import TOML

/// A seeded set of plausible year reports (`clpconf.report/1`) for the compile to read: CLPs of every region and
/// both shipped editions, several years each, valid and invalid, approvals pending, governance changed and changed
/// back, with answered feedback.
///
/// The first ``Configuration/poolYears`` reports are real: each year is written as a selections file
/// (``SelectionsComposer``) and a feedback file (``FeedbackComposer``), evaluated by ``YearEvaluator`` against
/// the loaded edition (with last year's evaluation for the changes), its feedback read by ``FeedbackLoader``, and
/// reported by ``YearReport``. Every later CLP copies one of those CLPs' years (``ReportDerivation``): a new name
/// and file, a new time, new feedback figures and text, the same evaluation. The same configuration gives the
/// same reports, byte for byte.
public struct ReportCorpusGenerator: Sendable {
    /// What to generate.
    public struct Configuration: Sendable {
        public var count: Int
        public var seed: UInt64
        /// The report years allowed (an edition whose years fall outside is not used).
        public var years: ClosedRange<Int>
        /// How many reports are evaluated; the rest are derived from them.
        public var poolYears: Int
        /// The clpconf version the reports name.
        public var version: String

        public init(
            count: Int, seed: UInt64, years: ClosedRange<Int> = 2012...2023, poolYears: Int = 300, version: String
        ) {
            self.count = count
            self.seed = seed
            self.years = years
            self.poolYears = poolYears
            self.version = version
        }
    }

    /// A loaded edition and its digest.
    public struct LoadedEdition: Sendable {
        public var edition: Edition
        public var digest: EditionDigest

        public init(edition: Edition, digest: EditionDigest) {
            self.edition = edition
            self.digest = digest
        }
    }

    /// One report made.
    public struct Entry: Sendable {
        public var clp: SyntheticCLP
        public var year: Int
        /// `<clp-slug>-<year>.json`.
        public var fileName: String
        public var report: YearReport
        /// Whether it was evaluated (false: derived from an evaluated one).
        public var evaluated: Bool
        /// The report file's text (``YearReport/jsonText()``).
        public var text: String { report.jsonText() }
    }

    /// Why the set could not be made: a composed file that does not load, or feedback with errors (a bug here).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public var configuration: Configuration
    public var editions: [String: LoadedEdition]
    public var composer: SelectionsComposer

    public init(configuration: Configuration, editions: [String: LoadedEdition], composer: SelectionsComposer) {
        self.configuration = configuration
        self.editions = editions
        self.composer = composer
    }

    /// Makes the reports in order, handing each to `emit` as it is made (so a million need not be held at once).
    public func generate(_ emit: (Entry) throws -> Void) throws {
        let questions = editions.mapValues { loaded in
            Dictionary(loaded.edition.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        var made = 0
        var pool: [[Entry]] = []
        var number = 0
        while made < configuration.count {
            defer { number += 1 }
            guard let plan = SyntheticCLP(number: number, seed: configuration.seed, within: configuration.years) else {
                throw Failure(description: "no edition reports on years \(configuration.years)")
            }
            let left = configuration.count - made
            let entries: [Entry]
            if made < configuration.poolYears || pool.isEmpty {
                entries = try evaluate(plan, upTo: left)
                pool.append(entries)
            } else {
                var random = SeededGenerator(seed: configuration.seed, item: number, stream: 0x5EED)
                let source = random.pick(pool)
                entries = ReportDerivation(seed: random.next(), version: configuration.version, questions: questions)
                    .derive(source.prefix(left), as: plan)
            }
            for entry in entries {
                try emit(entry)
            }
            made += entries.count
        }
    }

    /// Every year of `plan` (at most `limit`), evaluated and reported, each with last year's evaluation.
    private func evaluate(_ plan: SyntheticCLP, upTo limit: Int) throws -> [Entry] {
        guard let loaded = editions[plan.edition] else {
            throw Failure(description: "edition \(plan.edition) not loaded")
        }
        let evaluator = YearEvaluator(edition: loaded.edition, digest: loaded.digest, searchesFixes: false)
        var last: YearEvaluation?
        var entries: [Entry] = []
        for year in plan.years.prefix(limit) {
            let path = plan.slug + "-" + String(year.year) + ".toml"
            let text = try composer.text(plan, year)
            let evaluation = try evaluator.evaluate(SelectionsText(bytes: Array(text.utf8), path: path))
            guard evaluation.selections != nil else {
                throw Failure(description: "\(path) does not load: " + Self.summary(evaluation.diagnostics))
            }
            let feedback = try self.feedback(for: evaluation, year, plan)
            let generator = YearReport.Generator(
                version: configuration.version,
                generatedAt: ReportDerivation.time(
                    agmDate: evaluation.selections?.agmDate?.value.description, year: year.year, seed: year.seed))
            let report = YearReport(evaluation, last: last, feedback: feedback, generator: generator)
            entries.append(
                Entry(
                    clp: plan, year: year.year, fileName: plan.slug + "-" + String(year.year) + ".json",
                    report: report, evaluated: true))
            last = evaluation
        }
        return entries
    }

    private func feedback(for evaluation: YearEvaluation, _ year: SyntheticCLP.Year, _ plan: SyntheticCLP) throws
        -> Feedback
    {
        let branches = evaluation.selections?.facts["branch"].map { fact -> Int in
            if case .list(let items) = fact.value { items.count } else { 0 }
        }
        var composer = FeedbackComposer(
            context: FeedbackComposer.Context(
                members: year.members, governance: year.governance, meetingsPerYear: year.meetingsPerYear,
                branches: branches ?? 0,
                pendingApprovals: evaluation.approvals?.needs.filter { $0.status == .pending }
                    .map(\.approves) ?? []),
            seed: year.seed ^ 0xFEED)
        let path = plan.slug + "-" + String(year.year) + ".feedback.toml"
        let parsed = TOMLParser.parse(bytes: Array(composer.file(for: evaluation).utf8), path: path)
        let (feedback, problems) = FeedbackLoader.load(parsed.document, for: evaluation)
        let all = parsed.diagnostics + problems
        guard !all.hasErrors else { throw Failure(description: "\(path): " + Self.summary(all)) }
        return feedback
    }

    private static func summary(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.filter { $0.severity == .error }.prefix(3).map { $0.code + " " + $0.message }.joined(
            separator: "; ")
    }
}
