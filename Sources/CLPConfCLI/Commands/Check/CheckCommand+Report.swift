import Diagnostics
import Rulebook

extension CheckCommand {
    /// Validates the session, searches for fixes, prints everything and returns the exit code.
    func report(_ session: SelectionsSession, context: CommandContext, before: SelectionsSession? = nil) -> ExitCode {
        var diagnostics = session.diagnostics
        var outcome: FixSearch.Outcome?
        if let edition = session.edition, let selections = session.selections {
            let ruleProblems = Validator(edition: edition).validate(selections).diagnostics
            diagnostics += ruleProblems
            if searchFixes, ruleProblems.hasErrors {
                let lastSelections = last.flatMap {
                    try? SelectionsSession.open($0, context: context, menus: menus, edition: edition).selections
                }
                outcome = FixSearch(edition: edition).search(selections, last: lastSelections)
            }
        }
        let whatIf = before.map { whatIfSummary(before: $0, after: diagnostics) }
        let printer = DiagnosticPrinter(context: context, color: color)
        switch format {
        case .text:
            printer.print(diagnostics, files: session.files)
            var out = ""
            if let whatIf { out += whatIf.text }
            if let outcome { out += fixText(outcome, otherErrors: session.diagnostics.hasErrors) }
            if !diagnostics.hasErrors {
                out += TerminalText.sanitize(file) + ": valid" + (diagnostics.isEmpty ? "\n" : " (with warnings)\n")
            }
            context.standardOutput.write(out)
        case .json:
            var extra: [(String, JSONValue)] = [
                ("file", .string(file)), ("valid", .bool(!diagnostics.hasErrors)),
                ("fixes", .array((outcome?.fixes ?? []).map(Self.json))),
                (
                    "partialFixes",
                    .array(
                        (outcome?.partial ?? []).map {
                            .object([("code", .string($0.code)), ("fix", Self.json($0.fix))])
                        })
                ),
                ("unfixableByChoices", .array((outcome?.unfixable ?? []).map(JSONValue.string))),
            ]
            if let whatIf { extra.append(("whatIf", whatIf.json)) }
            printer.print(diagnostics, files: session.files, format: .json, extra: extra)
        }
        return ExitCode(diagnostics: diagnostics, strict: strict)
    }

    private func fixText(_ outcome: FixSearch.Outcome, otherErrors: Bool) -> String {
        if !outcome.fixes.isEmpty {
            var out =
                otherErrors
                ? "Smallest changes to the choices that satisfy every rule (each re-checked; the other errors above show their own fixes):\n"
                : "Smallest changes that make this valid (each re-checked):\n"
            for (index, fix) in outcome.fixes.enumerated() {
                out += "  \(index + 1). " + TerminalText.sanitize(fix.summary) + Self.warningNote(fix) + "\n"
            }
            return out
        }
        if outcome.exhausted {
            return "no fix found within the search limit: change the choices by hand, guided by the messages above\n"
        }
        var out =
            "No single change to the choices fixes everything. Changes that each fix one rule (re-checked: they break nothing else):\n"
        if outcome.partial.isEmpty { out = "" }
        for (code, fix) in outcome.partial {
            out += "  \(code): " + TerminalText.sanitize(fix.summary) + Self.warningNote(fix) + "\n"
        }
        if !outcome.unfixable.isEmpty {
            out +=
                "Not fixable by changing the choices (see each message's advice): "
                + outcome.unfixable.joined(separator: ", ") + "\n"
        }
        return out
    }

    private static func warningNote(_ fix: FixSearch.Fix) -> String {
        fix.remainingWarnings > 0
            ? " (leaves \(fix.remainingWarnings) warning\(fix.remainingWarnings == 1 ? "" : "s"))" : ""
    }

    static func json(_ fix: FixSearch.Fix) -> JSONValue {
        .object([
            ("summary", .string(fix.summary)),
            (
                "edits",
                .array(
                    fix.edits.map {
                        .object([
                            ("section", .string($0.section)), ("key", .string($0.key)),
                            ("value", .string(FixSearch.tomlLiteral($0.value))),
                        ])
                    })
            ),
            ("remainingWarnings", .int(fix.remainingWarnings)),
        ])
    }

    /// What the amendments change: validity before and after, problems added and resolved.
    private func whatIfSummary(before: SelectionsSession, after: [Diagnostic]) -> (text: String, json: JSONValue) {
        var beforeDiagnostics = before.diagnostics
        if let edition = before.edition, let selections = before.selections {
            beforeDiagnostics += Validator(edition: edition).validate(selections).diagnostics
        }
        let beforeCodes = Set(beforeDiagnostics.map(\.code))
        let afterCodes = Set(after.map(\.code))
        let added = afterCodes.subtracting(beforeCodes).sorted()
        let resolved = beforeCodes.subtracting(afterCodes).sorted()
        let wasValid = !beforeDiagnostics.hasErrors
        let isValid = !after.hasErrors
        let verdict: String
        switch (wasValid, isValid) {
        case (true, true): verdict = "the selections stay valid"
        case (true, false): verdict = "the selections become INVALID"
        case (false, true): verdict = "the selections become valid"
        case (false, false): verdict = "the selections stay invalid"
        }
        var text = "Amendment: " + amendments.map { TerminalText.sanitize($0.summary) }.joined(separator: "; ") + "\n"
        text += "  " + verdict + "\n"
        if !added.isEmpty { text += "  new problems: " + added.joined(separator: ", ") + "\n" }
        if !resolved.isEmpty { text += "  resolved: " + resolved.joined(separator: ", ") + "\n" }
        let json = JSONValue.object([
            ("amendments", .array(amendments.map { .string($0.summary) })),
            ("validBefore", .bool(wasValid)), ("validAfter", .bool(isValid)),
            ("newProblems", .array(added.map(JSONValue.string))), ("resolved", .array(resolved.map(JSONValue.string))),
        ])
        return (text, json)
    }
}
