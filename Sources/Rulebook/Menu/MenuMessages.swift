import Diagnostics
import TOML

/// The menu-loading and lint messages (codes `M1xx` structure, `M2xx` references, `M3xx` lint), sorted by name.
/// Each takes its code and severity from its entry in ``RulebookCatalogue``.
public enum MenuMessages {
    static func clauseInNoPart(_ id: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.clauseInNoPart.diagnostic(
            "no [[part]] places clause '\(id)'; the standing orders print it under 'Other provisions'", at: span)
    }

    static func unknownClauseReference(_ id: String, in clause: String, known: [String], at span: SourceSpan)
        -> Diagnostic
    {
        RulebookCatalogue.unknownClauseReference.diagnostic(
            "clause '\(clause)' refers to '[[clause \(id)]]', which is not a clause of this edition"
                + NameSuggester.didYouMean(id, among: known), at: span)
    }

    static func clauseNeverEmitted(_ id: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.clauseNeverEmitted.diagnostic(
            "clause '\(id)' can never be emitted: its 'when' can never hold", at: span)
    }

    static func constraintNeverFires(_ name: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.constraintNeverFires.diagnostic("constraint '\(name)' can never fire", at: span)
    }

    static func derivedCycle(_ chain: [String], at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.derivedCycle.diagnostic(
            "derived values depend on each other in a cycle: " + chain.map { "'\($0)'" }.joined(separator: " -> "),
            at: span)
    }

    static func duplicateID(_ kind: String, _ id: String, at span: SourceSpan, first: SourceSpan) -> Diagnostic {
        RulebookCatalogue.duplicateID.diagnostic(
            "duplicate \(kind) '\(id)'", at: span, notes: [Note("'\(id)' first defined here", at: first)])
    }

    static func exampleMisbehaves(_ constraint: Constraint, expectFailure: Bool, at span: SourceSpan) -> Diagnostic {
        let kind = expectFailure ? "fail" : "pass"
        let verb = expectFailure ? "does not trigger" : "triggers"
        return RulebookCatalogue.exampleMisbehaves.diagnostic(
            "this '\(kind)' example \(verb) constraint '\(constraint.code)' (\(constraint.qualifiedID))", at: span)
    }

    static func invalidCode(_ code: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.invalidConstraintCode.diagnostic(
            "constraint code '\(code)' is not two to four capital letters followed by two or three digits",
            at: span, fixIts: [FixIt("use a code such as 'GOV01'")])
    }

    static func invalidExampleFile(producing codes: [String], at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.invalidExampleFile.diagnostic(
            "example.toml is not valid: it produces " + codes.map { "'\($0)'" }.joined(separator: ", "), at: span)
    }

    static func invalidID(_ id: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.invalidID.diagnostic(
            "'\(id)' is not a valid id; ids are snake_case: a lowercase letter, then letters, digits or '_'", at: span)
    }

    static func invalidValue(_ key: String, _ problem: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.invalidMenuValue.diagnostic("'\(key)' \(problem)", at: span)
    }

    /// An option, parameter or constraint without a `cite`.
    static func missingBecause(_ name: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.missingBecause.diagnostic(
            "constraint '\(name)' has no 'because', so a failure is explained only by the titles of what it reads",
            at: span, fixIts: [FixIt("add because = '...' saying in words, with this year's values, why it fails")])
    }

    static func missingCitation(_ kind: String, _ name: String, ruleBook: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.missingCitation.diagnostic(
            "\(kind) '\(name)' has no citation", at: span,
            fixIts: [FixIt("add cite = \"\(ruleBook), Chapter N, Clause X\"")])
    }

    /// An edition with constraints but no `example.toml` for their examples; `span` is the edition's.
    public static func missingExampleFile(at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.missingExampleFile.diagnostic(
            "the edition has no example.toml, so its constraint examples cannot run", at: span)
    }

    static func missingExamples(_ name: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.missingExamples.diagnostic(
            "constraint '\(name)' needs at least one 'pass' and one 'fail' example", at: span,
            fixIts: [FixIt("add pass = [\"...\"] and fail = [\"...\"] snippets")])
    }

    static func missingKey(_ key: String, context: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.missingMenuKey.diagnostic(
            "\(context) is missing the required key '\(key)'", at: span,
            fixIts: [FixIt("add '\(key) = ...' to \(context)")])
    }

    static func missingSectionFile(_ id: String, known: [String], at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.missingSectionFile.diagnostic(
            "no file in 'sections/' has id '\(id)'" + NameSuggester.didYouMean(id, among: known), at: span,
            fixIts: [FixIt("add 'sections/NN_\(id).toml' with id = \"\(id)\"")])
    }

    static func optionNeverChosen(_ name: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.optionNeverChosen.diagnostic(
            "option '\(name)' can never be chosen: its 'requires' can never hold", at: span)
    }

    /// A section named twice in edition.toml's `sections`; `first` is where it is first listed.
    static func sectionListedTwice(_ id: String, at span: SourceSpan, first: SourceSpan) -> Diagnostic {
        RulebookCatalogue.duplicateID.diagnostic(
            "section '\(id)' is listed twice in 'sections'", at: span,
            notes: [Note("'\(id)' first listed here", at: first)],
            fixIts: [FixIt("remove the second '\(id)' from 'sections'")])
    }

    static func unknownKey(_ key: String, context: String, known: [String], at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.unknownMenuKey.diagnostic(
            "unknown key '\(key)' in \(context)" + NameSuggester.didYouMean(key, among: known), at: span)
    }

    static func unknownReference(_ kind: String, _ name: String, known: [String], at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.unknownReference.diagnostic(
            "unknown \(kind) '\(name)'" + NameSuggester.didYouMean(name, among: known), at: span)
    }

    static func unlistedSection(_ path: String, id: String, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.unlistedSection.diagnostic(
            "section '\(id)' in '\(path)' is not listed in edition.toml's 'sections', so it is ignored", at: span,
            fixIts: [FixIt("add \"\(id)\" to 'sections' in edition.toml")])
    }

    static func unsupportedSchema(_ version: Int, highest: Int, at span: SourceSpan) -> Diagnostic {
        RulebookCatalogue.unsupportedSchema.diagnostic(
            "schema_version \(version) is newer than this clpconf understands (highest: \(highest))", at: span,
            fixIts: [FixIt("install a newer clpconf, or set schema_version = \(highest)")])
    }

    static func wrongType(_ key: String, context: String, expected: String, found: TOMLValue, at span: SourceSpan)
        -> Diagnostic
    {
        RulebookCatalogue.wrongMenuType.diagnostic(
            "'\(key)' in \(context) must be \(expected), found \(found.typeName)", at: span)
    }
}
