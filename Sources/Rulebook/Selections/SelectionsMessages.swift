import Diagnostics
import TOML

/// The catalogue of selections diagnostics (codes `S1xx`: structure and values).
enum SelectionsMessages {
    static func choiceMissing(_ section: String, key: String, options: [String], at span: SourceSpan) -> Diagnostic {
        let list = options.map { "'\($0)'" }.joined(separator: ", ")
        return Diagnostic(
            code: "S107", severity: .error,
            message: "section '\(section)' needs a choice: set '\(key)' to one of \(list)", location: span,
            fixIts: options.first.map { [FixIt("set \(section).\(key) = \"\($0)\"")] } ?? [])
    }

    static func duplicateOption(_ option: String, at span: SourceSpan, first: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "S110", severity: .error, message: "option '\(option)' is chosen twice", location: span,
            notes: [Note("'\(option)' first chosen here", at: first)])
    }

    static func factMissing(_ fact: String, title: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "S104", severity: .error, message: "the fact '\(fact)' (\(title)) is missing", location: span,
            fixIts: [FixIt("add '\(fact) = ...' under [facts]")])
    }

    static func missingKey(_ key: String, context: String, at span: SourceSpan, example: String) -> Diagnostic {
        Diagnostic(
            code: "S101", severity: .error, message: "\(context) is missing '\(key)'", location: span,
            fixIts: [FixIt("add \(example)")])
    }

    static func notApplicableYear(_ year: Int, edition: String, valid: ClosedRange<Int>, at span: SourceSpan)
        -> Diagnostic
    {
        Diagnostic(
            code: "S112", severity: .warning,
            message: "edition '\(edition)' is meant for AGMs in \(valid.lowerBound)–\(valid.upperBound), not \(year)",
            location: span,
            fixIts: [FixIt("check the edition with 'clpconf menu list', or migrate with 'clpconf migrate'")])
    }

    /// Adds what the edition's migration table says about an option from the edition it supersedes.
    static func optionFromOtherEdition(
        _ diagnostic: Diagnostic, option: String, from edition: String, change: Migration.Change
    ) -> Diagnostic {
        var copy = diagnostic
        let replacement = change.to.map { "; its replacement here is '\($0)'" } ?? "; it has no direct replacement"
        copy.message = "'\(option)' is an option of edition '\(edition)', not this one" + replacement
        copy.notes = [Note(change.note)]
        if let to = change.to, let last = to.split(separator: ".").last {
            copy.fixIts = [
                FixIt(
                    "use \"\(last)\"",
                    edits: diagnostic.location.map { [TextEdit(span: $0, replacement: "\"\(last)\"")] } ?? [])
            ]
        }
        return copy
    }

    static func tooManyOptions(_ section: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "S108", severity: .error,
            message: "section '\(section)' takes exactly one option; use 'option = \"...\"', not a list", location: span
        )
    }

    static func unknownName(
        _ kind: String, _ name: String, known: [String], at span: SourceSpan, extra: String = ""
    ) -> Diagnostic {
        let suggestion = NameSuggester.suggestion(for: name, among: known)
        return Diagnostic(
            code: "S102", severity: .error,
            message: "unknown \(kind) '\(name)'" + extra + NameSuggester.didYouMean(name, among: known), location: span,
            fixIts: suggestion.map {
                [FixIt("rename '\(name)' to '\($0)'", edits: [TextEdit(span: span, replacement: $0)])]
            }
                ?? [FixIt("remove '\(name)', or check the spelling against 'clpconf menu show'")])
    }

    static func unknownOption(
        _ option: String, section: String, known: [String], at span: SourceSpan
    ) -> Diagnostic {
        Diagnostic(
            code: "S106", severity: .error,
            message: "'\(option)' is not an option of section '\(section)' in this edition"
                + NameSuggester.didYouMean(option, among: known),
            location: span,
            notes: [Note("the options are " + known.map { "'\($0)'" }.joined(separator: ", "))])
    }

    static func wrongValue(_ key: String, problem: String, at span: SourceSpan, nearest: String? = nil) -> Diagnostic {
        Diagnostic(
            code: "S103", severity: .error, message: "'\(key)' \(problem)", location: span,
            fixIts: nearest.map {
                [FixIt("set \(key) = \($0), the nearest allowed value", edits: [TextEdit(span: span, replacement: $0)])]
            }
                ?? [FixIt("correct '\(key)': it \(problem)")])
    }

    static func wrongType(_ key: String, expected: String, found: TOMLValue, at span: SourceSpan) -> Diagnostic {
        var fixIts: [FixIt] = []
        if let text = found.string, let number = Int(text.filter { $0 != "," && $0 != " " }),
            expected.hasPrefix("an integer")
        {
            fixIts.append(
                FixIt("write \(number) without quotes", edits: [TextEdit(span: span, replacement: String(number))]))
        } else if let text = found.string, ["true", "false", "yes", "no"].contains(text.lowercased()),
            expected.hasPrefix("true or false")
        {
            let flag = ["true", "yes"].contains(text.lowercased()) ? "true" : "false"
            fixIts.append(FixIt("write \(flag) without quotes", edits: [TextEdit(span: span, replacement: flag)]))
        } else {
            fixIts.append(FixIt("write \(expected) here"))
        }
        return Diagnostic(
            code: "S105", severity: .error, message: "'\(key)' must be \(expected), found \(found.typeName)",
            location: span, fixIts: fixIts)
    }
}
