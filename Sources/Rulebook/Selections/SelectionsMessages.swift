import Diagnostics
import TOML

/// The selections messages (codes `S1xx`: structure and values), sorted by name. Each takes its code and
/// severity from its entry in ``RulebookCatalogue``.
public enum SelectionsMessages {
    static func approvalsAsTable(bodies: [String], at span: SourceSpan) -> Diagnostic {
        let example = bodies.first ?? "nec"
        return RulebookCatalogue.approvalsAsTable.diagnostic(
            "approvals must say what each one approves: write one [[approvals]] record per approval, not an "
                + "[approvals] table of bodies",
            at: span,
            notes: [
                Note(
                    "an approval by one body counts only for the choice it was given for, so each record names "
                        + "that choice (an option such as \"policy.local_policy_forum\", or a matter such as "
                        + "\"structure_change\")")
            ],
            fixIts: [
                FixIt(
                    "replace the table with records such as: [[approvals]] approves = \"...\", by = \"\(example)\", "
                        + "date = YYYY-MM-DD, reference = \"...\"")
            ])
    }

    static func choiceMissing(_ section: String, key: String, options: [String], at span: SourceSpan) -> Diagnostic {
        let list = options.map { "'\($0)'" }.joined(separator: ", ")
        return RulebookCatalogue.choiceMissing.diagnostic(
            "section '\(section)' needs a choice: set '\(key)' to one of \(list)", at: span,
            fixIts: options.first.map { [FixIt("set \(section).\(key) = \"\($0)\"")] } ?? [])
    }

    static func duplicateOption(_ option: String, at span: SourceSpan, first: SourceSpan) -> Diagnostic {
        RulebookCatalogue.duplicateOption.diagnostic(
            "option '\(option)' is chosen twice", at: span, notes: [Note("'\(option)' first chosen here", at: first)])
    }

    /// The edition the file names does not load; `id` is that edition, `span` the file's `edition` value.
    public static func editionHasErrors(_ id: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.editionHasErrors.diagnostic(
            "menu edition '\(id)' has errors, so this file cannot be checked against it", at: span,
            fixIts: [FixIt("run 'clpconf menu lint \(id)' and correct the edition")])
    }

    /// The edition the file names cannot be found; `reason` says why, `span` is the file's `edition` value.
    public static func editionNotFound(_ reason: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.editionNotFound.diagnostic(reason, at: span)
    }

    /// The file has no `edition = "..."`; `span` is the start of the file.
    public static func editionNotNamed(at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.missingSelectionsKey.diagnostic(
            "the file does not say which menu edition it follows", at: span,
            fixIts: [FixIt("add edition = \"2019\" (see 'clpconf menu list') at the top of the file")])
    }

    /// `edition = 2019`: the edition is named by a value that is not a string.
    static func editionNotAString(_ value: TOMLValue, at span: SourceSpan) -> Diagnostic {
        let fix: FixIt
        if let number = value.integer {
            fix = FixIt(
                "write \"\(number)\" in quotes: an edition id is a string",
                edits: [TextEdit(span: span, replacement: "\"\(number)\"")])
        } else {
            fix = FixIt("write the edition id as a string, such as edition = \"2019\" (see 'clpconf menu list')")
        }
        return RulebookCatalogue.wrongSelectionsType.diagnostic(
            "'edition' must be a string such as \"2019\", found \(value.typeName)", at: span, fixIts: [fix])
    }

    /// The AGM was held on `date`, outside the dates `edition` governs: name the edition that does.
    static func agmOutsideEdition(_ date: TOMLDate, edition: Edition, dates: AGMDates, at span: SourceSpan)
        -> Diagnostic
    {
        let applicable = date > dates.until ? dates.next : edition.supersedes
        let covered =
            "edition '\(edition.id)' governs AGMs from \(dates.from.description) to \(dates.until.description)"
        var fixIts: [FixIt] = []
        if let applicable {
            fixIts.append(
                FixIt(
                    "an AGM on \(date.description) follows edition '\(applicable)': set edition = \"\(applicable)\" and check "
                        + "the file again; each choice that edition words differently is named with its replacement"))
        } else {
            fixIts.append(FixIt("check the AGM's date; 'clpconf menu list' shows which AGMs each edition governs"))
        }
        return RulebookCatalogue.agmOutsideEdition.diagnostic(
            "the AGM on \(date.description) is outside the rules of this edition: \(covered)"
                + (applicable.map { "; the AGM follows edition '\($0)'" } ?? "; no edition here governs it"),
            at: span, fixIts: fixIts, citation: dates.cite)
    }

    static func factMissing(_ fact: String, title: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.factMissing.diagnostic(
            "the fact '\(fact)' (\(title)) is missing", at: span, fixIts: [FixIt("add '\(fact) = ...' under [facts]")])
    }

    static func missingKey(_ key: String, context: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.missingSelectionsKey.diagnostic(
            "\(context) is missing the required key '\(key)'", at: span,
            fixIts: [FixIt("add '\(key) = ...' to \(context)")])
    }

    /// In place of the problems of one code the loader only counted (beyond the first 100 in the file).
    static func moreLikeThis(_ omission: DiagnosticCap.Omission) -> Diagnostic {
        RulebookCatalogue.moreLikeThis.diagnostic(
            "and \(omission.count) more like this ('\(omission.code)') in this file are not listed",
            at: omission.location)
    }

    static func notApplicableYear(_ year: Int, edition: String, valid: ClosedRange<Int>, at span: SourceSpan)
        -> Diagnostic
    {
        RulebookCatalogue.notApplicableYear.diagnostic(
            "edition '\(edition)' is meant for AGMs in \(valid.lowerBound)–\(valid.upperBound), not \(year)",
            at: span,
            fixIts: [
                FixIt(
                    "check the AGM year, or set the edition meant for \(year) ('clpconf menu list' shows each "
                        + "edition's years); 'clpconf check' then names each option that edition renamed or retired")
            ])
    }

    /// Last year's `year` is `year`, and the year after it is not one `init` can write (or does not exist).
    public static func nextYearOutOfRange(_ year: Int, years: ClosedRange<Int>, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.wrongSelectionsValue.diagnostic(
            "'year' is \(year), so the next AGM's year cannot be worked out: init writes years "
                + "\(years.lowerBound) to \(years.upperBound)",
            at: span, fixIts: [FixIt("give the year with --year YEAR, or correct 'year' in this file")])
    }

    /// Adds what the edition's migration table says about an option from the edition it supersedes.
    static func optionFromOtherEdition(
        _ diagnostic: Diagnostic, option: String, from edition: String, change: Migration.Change
    ) -> Diagnostic {
        var copy = diagnostic
        let replacement =
            change.successor.map { "; its replacement here is '\($0)'" } ?? "; it has no direct replacement"
        copy.message = "'\(option)' is an option of edition '\(edition)', not this one" + replacement
        copy.notes = [Note(change.note)]
        if let to = change.successor, let last = to.split(separator: ".").last {
            copy.fixIts = [
                FixIt(
                    "use \"\(last)\"",
                    edits: diagnostic.location.map { [TextEdit(span: $0, replacement: "\"\(last)\"")] } ?? [])
            ]
        }
        return copy
    }

    /// A local addition longer than the loader reads.
    static func localAdditionTooLong(_ length: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.localAdditionLimit.diagnostic(
            "this local addition is \(length) characters long; a local addition may have at most \(limit)",
            at: span,
            fixIts: [
                FixIt("shorten it, or split it into two [[local_addition]] entries under the same topic")
            ])
    }

    /// More `[[local_addition]]` entries than the loader reads; `span` is the first one left out.
    static func tooManyLocalAdditions(_ count: Int, limit: Int, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.localAdditionLimit.diagnostic(
            "the file has \(count) local additions; at most \(limit) are read, and this one and those after it "
                + "are left out",
            at: span, fixIts: [FixIt("combine related local additions, so that there are \(limit) or fewer")])
    }

    /// A local addition's `topic` is not one of the edition's parts.
    static func unknownTopic(_ topic: String, topics: [String], at span: SourceSpan) -> Diagnostic {
        let suggestion = NameSuggester.suggestion(for: topic, among: topics)
        let list = topics.map { "'\($0)'" }.joined(separator: ", ")
        return RulebookCatalogue.unknownLocalAdditionTopic.diagnostic(
            "unknown topic '\(topic)' for a local addition" + NameSuggester.didYouMean(suggestion), at: span,
            notes: [Note("the topics are the parts of the standing orders: " + list)],
            fixIts: suggestion.map {
                [FixIt("write topic = \"\($0)\"", edits: [TextEdit(span: span, replacement: "\"\($0)\"")])]
            } ?? [FixIt("set topic to one of " + list)])
    }

    static func tooManyOptions(_ section: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.tooManyOptions.diagnostic(
            "section '\(section)' takes exactly one option; use 'option = \"...\"', not a list", at: span)
    }

    /// `approves` names neither a matter nor an option; `qualified` is the option's full name when the file
    /// named an option without its section.
    static func unknownApprovalSubject(
        _ name: String, known: [String], qualified: String?, at span: SourceSpan
    ) -> Diagnostic {
        guard let qualified else {
            return unknownName(
                "matter or option", name, known: known, at: span, extra: " for an approval to approve")
        }
        return RulebookCatalogue.unknownSelectionsName.diagnostic(
            "an approval names option '\(name)' without its section; write '\(qualified)'", at: span,
            fixIts: [FixIt("write '\(qualified)'", edits: [TextEdit(span: span, replacement: "\"\(qualified)\"")])])
    }

    static func unknownName(
        _ kind: String, _ name: String, known: [String], at span: SourceSpan, extra: String = ""
    ) -> Diagnostic {
        let suggestion = NameSuggester.suggestion(for: name, among: known)
        return RulebookCatalogue.unknownSelectionsName.diagnostic(
            "unknown \(kind) '\(name)'" + extra + NameSuggester.didYouMean(suggestion), at: span,
            fixIts: suggestion.map {
                [FixIt("rename '\(name)' to '\($0)'", edits: [TextEdit(span: span, replacement: $0)])]
            }
                ?? [FixIt("remove '\(name)', or check the spelling against 'clpconf menu show'")])
    }

    static func unknownOption(
        _ option: String, section: String, known: [String], at span: SourceSpan
    ) -> Diagnostic {
        RulebookCatalogue.unknownOption.diagnostic(
            "'\(option)' is not an option of section '\(section)' in this edition"
                + NameSuggester.didYouMean(option, among: known),
            at: span,
            notes: [Note("the options are " + known.map { "'\($0)'" }.joined(separator: ", "))])
    }

    static func wrongValue(_ key: String, problem: String, at span: SourceSpan, nearest: String? = nil) -> Diagnostic {
        RulebookCatalogue.wrongSelectionsValue.diagnostic(
            "'\(key)' \(problem)", at: span,
            fixIts: nearest.map {
                [FixIt("set \(key) = \($0), the nearest allowed value", edits: [TextEdit(span: span, replacement: $0)])]
            }
                ?? [FixIt("correct '\(key)': it \(problem)")])
    }

    /// `key` holds the wrong kind of value; `context` names the table when `key` is relative to it.
    static func wrongType(
        _ key: String, in context: String? = nil, expected: String, found: TOMLValue, at span: SourceSpan
    ) -> Diagnostic {
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
        let place = context.map { " in \($0)" } ?? ""
        return RulebookCatalogue.wrongSelectionsType.diagnostic(
            "'\(key)'\(place) must be \(expected), found \(found.typeName)", at: span, fixIts: fixIts)
    }
}
