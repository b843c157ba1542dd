import Diagnostics
import TOML

/// Runs every constraint's `pass` and `fail` examples: each snippet is merged onto the edition's
/// `example.toml`, loaded and validated; a `fail` snippet must produce the constraint's code and a `pass`
/// snippet must not. The base itself must be valid.
public struct ExampleRunner: Sendable {
    public let edition: Edition
    public let base: TOMLDocument

    public init(edition: Edition, base: TOMLDocument) {
        self.edition = edition
        self.base = base
    }

    /// The outcome of one example.
    public struct Outcome: Sendable {
        public var constraint: Constraint
        public var expectFailure: Bool
        public var example: ConstraintExample
        /// The codes the merged selections produced (errors and warnings).
        public var codes: [String]
        /// The diagnostics the merged selections produced, as `check` would report them.
        public var diagnostics: [Diagnostic] = []

        public var passed: Bool { codes.contains(constraint.code) == expectFailure }
    }

    /// Every example's outcome plus diagnostics for broken snippets, a failing base, and examples that did not
    /// behave as declared.
    public func run() -> (outcomes: [Outcome], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let baseCodes = codes(for: base)
        let baseErrors = baseCodes.filter { !$0.isWarning }
        if !baseErrors.isEmpty {
            diagnostics.append(MenuMessages.invalidExampleFile(producing: baseErrors.map(\.code), at: base.span(0..<0)))
        }
        var outcomes: [Outcome] = []
        for constraint in edition.allConstraints {
            let (found, problems) = run(constraint)
            outcomes += found
            diagnostics += problems
        }
        return (outcomes, diagnostics)
    }

    /// One constraint's examples: their outcomes, plus diagnostics for broken snippets and examples that did
    /// not behave as declared (`clpconf explain CODE` shows the first failing example's report).
    public func run(_ constraint: Constraint) -> (outcomes: [Outcome], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var outcomes: [Outcome] = []
        for (examples, expectFailure) in [(constraint.passExamples, false), (constraint.failExamples, true)] {
            for example in examples {
                let snippet = TOMLParser.parse(example.text, path: example.span.file)
                if snippet.diagnostics.hasErrors {
                    diagnostics += snippet.diagnostics.map { relocate($0, example) }
                    continue
                }
                let merged = TOMLDocument(root: Self.merge(base.root, snippet.document.root), source: base.source)
                let found = problems(in: merged)
                let outcome = Outcome(
                    constraint: constraint, expectFailure: expectFailure, example: example,
                    codes: found.map(\.code), diagnostics: found)
                if !outcome.passed {
                    diagnostics.append(
                        MenuMessages.exampleMisbehaves(constraint, expectFailure: expectFailure, at: example.span))
                }
                outcomes.append(outcome)
            }
        }
        return (outcomes, diagnostics)
    }

    private struct Code {
        var code: String
        var isWarning: Bool
    }

    private func codes(for document: TOMLDocument) -> [Code] {
        problems(in: document).map { Code(code: $0.code, isWarning: $0.severity != .error) }
    }

    private func problems(in document: TOMLDocument) -> [Diagnostic] {
        let (selections, loadProblems) = SelectionsLoader.load(document, edition: edition)
        var all = loadProblems
        if let selections { all += Validator(edition: edition).validate(selections).diagnostics }
        return all
    }

    private func relocate(_ diagnostic: Diagnostic, _ example: ConstraintExample) -> Diagnostic {
        var copy = diagnostic
        if let location = diagnostic.location {
            copy.location = SourceSpan(file: example.span.file, range: example.offsets.sourceRange(location.range))
        }
        copy.notes = []
        return copy
    }

    /// `overlay` on top of `base`: tables merge key by key, anything else (arrays included) replaces.
    static func merge(_ base: TOMLTable, _ overlay: TOMLTable) -> TOMLTable {
        var result = base
        for entry in overlay.entries {
            if let existing = result[entry.key]?.table, let incoming = entry.value.table {
                var merged = entry
                merged.value = TOMLValue(.table(merge(existing, incoming)), range: entry.value.range)
                result.set(merged)
            } else {
                result.set(entry)
            }
        }
        return result
    }
}
