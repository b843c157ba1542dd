import Diagnostics
import JSON

/// The migration report a secretary reads: what happened to each item and why, then the check of the
/// migrated file. Plain text for a terminal: every piece taken from a file or a menu is sanitised with
/// ``TerminalText``.
public struct MigrationReport: Sendable {
    public let result: MigrationResult

    public init(_ result: MigrationResult) {
        self.result = result
    }

    /// The report, one line per change with its reason, then a summary and the check's result.
    public func text() -> String {
        var lines: [String] = []
        let from = result.fromEdition.map(clean) ?? "?"
        lines.append("\(clean(result.fileName)): edition \(from) -> \(clean(result.toEdition))")
        if result.steps.count > 2 { lines.append("  through " + result.steps.map(clean).joined(separator: " -> ")) }
        if result.steps.count == 1 {
            lines.append("  the file already follows edition \(clean(result.toEdition)): nothing to carry")
        }
        for note in result.notes { lines.append("  \(clean(note.edition)): \(clean(note.note))") }
        if !result.reported.isEmpty { lines.append("") }
        for change in result.reported { lines.append(line(change)) }
        lines.append("")
        lines.append(summary())
        if let evaluation = result.evaluation {
            lines.append(check(evaluation))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One change: `kind  item -> item: reason`.
    public func line(_ change: MigrationChange) -> String {
        let from = change.from.map(clean) ?? ""
        let to = change.to.map(clean) ?? ""
        var head: String
        switch change.kind {
        case .kept: head = "\(from)"
        case .renamed, .replaced: head = "\(from) -> \(to)"
        case .merged:
            head = change.oldValue.map { "\(from) -> \(to) (its value \(clean($0)) is not kept)" } ?? "\(from) -> \(to)"
        case .retired:
            head = from + (change.oldValue.map { " (was \(clean($0)))" } ?? "")
            if from.hasPrefix("posts.") {
                head = from + (change.oldValue.map { " (officer \(clean($0)) removed)" } ?? "")
            }
        case .added:
            head =
                change.value.map { "\(to) = \(clean($0)) (to confirm at the AGM)" }
                ?? "\(to) chosen (to confirm at the AGM)"
        }
        if change.kind == .renamed, from.hasPrefix("posts."), let name = change.value {
            head += " (officer \(clean(name)))"
        }
        let consider = change.replacement.map { change.reason.contains($0) ? "" : " Consider '\(clean($0))'." } ?? ""
        let reason = change.reason.isEmpty ? "" : ": " + clean(change.reason)
        let kind = change.kind.rawValue.padding(to: 9)
        return "\(kind)\(head)\(reason)\(consider)"
    }

    private func summary() -> String {
        let counts = MigrationChange.Kind.allCases.compactMap { kind -> String? in
            let count = result.changes.filter { $0.kind == kind }.count
            return count == 0 ? nil : "\(count) \(kind.rawValue)"
        }
        return "items: " + (counts.isEmpty ? "none" : counts.joined(separator: ", "))
    }

    private func check(_ evaluation: YearEvaluation) -> String {
        let errors = evaluation.diagnostics.filter { $0.severity == .error }
        let warnings = evaluation.diagnostics.filter { $0.severity == .warning }
        guard !errors.isEmpty || !warnings.isEmpty else {
            return "check: the migrated file is valid under edition \(clean(result.toEdition))"
        }
        var lines = [
            "check: the migrated file has \(plural(errors.count, "error")) and \(plural(warnings.count, "warning")) "
                + "under edition \(clean(result.toEdition)):"
        ]
        for diagnostic in errors + warnings {
            lines.append("  \(diagnostic.severity.rawValue) [\(diagnostic.code)] \(clean(diagnostic.message))")
        }
        return lines.joined(separator: "\n")
    }

    private func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

    private func clean(_ text: String) -> String { TerminalText.sanitize(text) }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}

extension MigrationReport {
    /// The report as JSON: the editions, every change (kept ones too), and the check's diagnostics.
    public func json() -> String {
        let changes = result.changes.map { change in
            object([
                ("kind", string(change.kind.rawValue)), ("from", optional(change.from)), ("to", optional(change.to)),
                ("old_value", optional(change.oldValue)), ("value", optional(change.value)),
                ("replacement", optional(change.replacement)), ("reason", string(change.reason)),
                ("edition", string(change.edition)),
            ])
        }
        let diagnostics = (result.problems + (result.evaluation?.diagnostics ?? [])).map { diagnostic in
            object([
                ("code", string(diagnostic.code)), ("severity", string(diagnostic.severity.rawValue)),
                ("message", string(diagnostic.message)),
            ])
        }
        let root = object([
            ("file", string(result.fileName)), ("from", optional(result.fromEdition)), ("to", string(result.toEdition)),
            ("steps", array(result.steps.map(string))),
            (
                "notes",
                array(result.notes.map { object([("edition", string($0.edition)), ("note", string($0.note))]) })
            ),
            ("changes", array(changes)), ("valid", bool(result.isValid)), ("diagnostics", array(diagnostics)),
        ])
        return ((try? JSONWriter(layout: .indented).write(root)) ?? "null") + "\n"
    }
}
