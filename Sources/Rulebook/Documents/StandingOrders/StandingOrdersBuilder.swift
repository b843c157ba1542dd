import Diagnostics
import RuleLanguage

/// Works out a year's standing orders from its evaluation: each part's clauses whose condition holds,
/// rendered with the year's values, numbered, cross-referenced and traced to the choices they came from.
///
/// Builds content only; ``StandingOrders/document()`` lays it out and the renderers escape it.
public struct StandingOrdersBuilder: Sendable {
    public let year: YearEvaluation
    /// What a clause's trace looks names up in, worked out once rather than per name read: each section by the
    /// name its choice is read as, the derived values' ids, and every parameter's qualified name.
    private let sectionsByChoice: [String: Section]
    private let derivedIDs: Set<String>
    /// Each derived value's title, by id: a clause's source note names what it reads in words.
    private let derivedTitles: [String: String]
    private let parameterNames: Set<String>

    public init(_ year: YearEvaluation) {
        self.year = year
        let sections = year.edition.sections
        sectionsByChoice = Dictionary(
            sections.compactMap { section in section.choiceName.map { ($0, section) } },
            uniquingKeysWith: { first, _ in first })
        derivedIDs = Set(year.edition.allDerived.map(\.id))
        derivedTitles = Dictionary(year.edition.allDerived.map { ($0.id, $0.title) }) { first, _ in first }
        parameterNames = Set(sections.flatMap { $0.parameters.map(\.qualifiedName) })
    }

    /// The standing orders; `draft` marks them as not adopted and lists the year's problems at the front.
    public func build(draft: Bool = false) -> StandingOrders {
        let evaluator = RuleEvaluator(bindings: year.bindings)
        var parts: [StandingOrders.Part] = []
        var placed = Set<String>()
        let additions = year.selections?.localAdditions ?? []
        let lines = additions.isEmpty ? nil : SourceLocationConverter(text: year.text.document.source.text)
        for part in year.edition.parts {
            let clauses = clauses(of: part)
            clauses.forEach { placed.insert(Self.key($0)) }
            let provisions =
                clauses.compactMap { provision($0, evaluator: evaluator) }
                + localAdditions(for: part.id, lines: lines)
            guard !provisions.isEmpty else { continue }
            parts.append(StandingOrders.Part(id: part.id, number: 0, title: part.title, provisions: provisions))
        }
        let unplaced = year.edition.allClauses.filter { !placed.contains(Self.key($0)) }
        let rest = unplaced.compactMap { provision($0, evaluator: evaluator) }
        if !rest.isEmpty {
            parts.append(StandingOrders.Part(id: "other", number: 0, title: "Other provisions", provisions: rest))
        }
        parts = ClauseNumbering.number(parts, titles: titlesByKey())
        return StandingOrders(
            identity: identity(), parts: parts, schedules: [derivedSchedule(), officersSchedule()],
            problems: draft ? problemLines() : [], isDraft: draft || !year.isValid)
    }

    /// `section.clause`, or the bare id of an edition-wide clause.
    static func key(_ clause: Clause) -> String { clause.section.map { $0 + "." + clause.id } ?? clause.id }

    private func clauses(of part: StandingOrdersPart) -> [Clause] {
        let general = part.clauses.compactMap { id in year.edition.general.clauses.first { $0.id == id } }
        return general + part.sections.flatMap { year.edition.section($0)?.rules.clauses ?? [] }
    }

    private func titlesByKey() -> [String: String] {
        Dictionary(year.edition.allClauses.map { (Self.key($0), $0.title) }, uniquingKeysWith: { first, _ in first })
    }

    func identity() -> StandingOrders.Identity {
        let selections = year.selections
        return StandingOrders.Identity(
            clpName: selections?.clpName?.value ?? "(no CLP name given)", region: selections?.region?.value,
            year: selections?.year?.value, adopted: selections?.agmDate.map { RuleValueFormatter.date($0.value) },
            editionID: year.edition.id, editionTitle: year.edition.title, editionDigest: year.editionDigest,
            ruleBook: year.edition.ruleBook)
    }

    /// One clause, if its condition holds; its text is kept even when a value is missing (a draft), with
    /// a note in its place.
    func provision(_ clause: Clause, evaluator: RuleEvaluator) -> StandingOrders.Provision? {
        var reads: [String] = []
        if let when = clause.when {
            let condition = evaluator.evaluate(when.expression)
            guard condition.boolean == true else { return nil }
            reads += condition.reads
        }
        let (result, textReads) = evaluator.renderTracingReads(clause.text.template)
        reads += textReads
        let text: String
        switch result {
        case .success(let rendered): text = rendered
        case .failure(let error):
            let problem = error.missingName.map {
                "\(ReadableNames(edition: year.edition, bindings: year.bindings).title(of: $0)) is not known"
            }
            text = "[This clause cannot be completed until the file is corrected: \(problem ?? error.description).]"
        }
        return StandingOrders.Provision(
            id: Self.key(clause), number: "", title: clause.title, paragraphs: Self.paragraphs(text),
            tables: schedules(under: clause, evaluator: evaluator), trace: trace(clause, reads: reads))
    }

    /// Blank lines separate paragraphs; single line breaks inside one are the menu file's wrapping; lines
    /// starting "- " are list items.
    static func paragraphs(_ text: String) -> [StandingOrders.Paragraph] {
        var paragraphs: [StandingOrders.Paragraph] = []
        var current: [Substring] = []
        var items: [String] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(.text(current.joined(separator: " "))) }
            if !items.isEmpty { paragraphs.append(.list(items)) }
            current = []
            items = []
        }
        for line in lines(of: text) {
            let trimmed = line.trimmingPrefix(while: { $0 == " " })
            if trimmed.isEmpty {
                flush()
            } else if trimmed.hasPrefix("- ") {
                if !current.isEmpty {
                    paragraphs.append(.text(current.joined(separator: " ")))
                    current = []
                }
                items.append(String(trimmed.dropFirst(2)))
            } else if !items.isEmpty, !current.isEmpty || line.hasPrefix(" ") {
                items[items.count - 1] += " " + trimmed
            } else {
                // A numbered sub-clause ("2. Notice of each meeting…") starts a paragraph of its own.
                if !items.isEmpty || Self.startsNumberedItem(trimmed) { flush() }
                current.append(Substring(trimmed))
            }
        }
        flush()
        return paragraphs
    }

    /// Whether a line starts "1. ", "12. " and so on.
    static func startsNumberedItem(_ line: Substring) -> Bool {
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        return !digits.isEmpty && digits.count <= 3 && line.dropFirst(digits.count).hasPrefix(". ")
    }

    /// `text` split at each `\n` character, empty lines kept. Without a CR (which would join a following LF
    /// into one CR LF character), each LF byte is a `\n` character, so the split is done on the bytes.
    private static func lines(of text: String) -> [Substring] {
        var bytes = text
        guard !bytes.withUTF8({ $0.contains(UInt8(ascii: "\r")) }) else {
            return text.split(separator: "\n", omittingEmptySubsequences: false)
        }
        return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    private func trace(_ clause: Clause, reads: [String]) -> StandingOrders.Trace {
        var options: [String] = []
        var parameters: [String] = []
        var derived: [String] = []
        var seen = Set<String>()
        for name in reads where seen.insert(name).inserted {
            if let section = sectionsByChoice[name] {
                options += chosen(in: section)
            } else if derivedIDs.contains(name) {
                derived.append(derivedTitles[name] ?? name)
            } else if let value = year.bindings[name], parameterNames.contains(name) {
                // An empty text setting (no further motions out of order) reads as such, not as "= ;".
                let shown = value == .string("") ? "(empty)" : RuleValueFormatter.text(value)
                parameters.append(name + " = " + shown)
            }
        }
        let section = clause.section.flatMap { year.edition.section($0) }
        let file = section?.span.file ?? year.edition.span.file
        return StandingOrders.Trace(
            options: options, parameters: parameters, derived: derived,
            rule: clause.cite ?? section?.cite ?? year.edition.ruleBook,
            clause: "\(file), clause '\(clause.id)'")
    }

    private func chosen(in section: Section) -> [String] {
        let ids = year.selections?.choices[section.id]?.options.map(\.value) ?? section.defaults
        return ids.isEmpty ? [section.id + ": none chosen"] : ids.map { section.id + "." + $0 }
    }

    func problemLines() -> [String] {
        let source = year.text.document.source
        let lines = SourceLocationConverter(text: source.text)
        return year.diagnostics.sortedForOutput().map { diagnostic in
            let place =
                diagnostic.location.map { span in
                    span.file == source.path
                        ? " (\(span.file), line \(lines.location(of: span.range.lowerBound).line))" : " (\(span.file))"
                } ?? ""
            return
                "\(diagnostic.severity == .error ? "Error" : "Warning") \(diagnostic.code): \(diagnostic.message)\(place)"
        }
    }
}
