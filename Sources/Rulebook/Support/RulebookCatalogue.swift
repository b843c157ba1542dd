import Diagnostics

/// Every diagnostic code of the engine, each declared once with its severity and docs: menu editions (`M1xx`
/// structure, `M2xx` references, `M3xx` lint), selections (`S1xx`) and validation (`S2xx`).
///
/// Menu constraints carry their own codes (`GOV02`), chosen by each edition; they are not listed here. The
/// factories in `MenuMessages`, `SelectionsMessages` and `ValidationMessages` build their diagnostics from these
/// entries. Codes are never reused.
public enum RulebookCatalogue {
    /// Every code, in code order, for `clpconf explain` and the docs.
    public static let all: [MessageDescriptor] = [
        missingMenuKey, unsupportedSchema, unknownMenuKey, duplicateID, invalidID, invalidConstraintCode,
        invalidMenuValue, missingSectionFile, unlistedSection, wrongMenuType, unknownReference, derivedCycle,
        missingCitation, missingExamples, optionNeverChosen, constraintNeverFires, clauseNeverEmitted,
        invalidExampleFile, exampleMisbehaves, missingExampleFile, clauseInNoPart, unknownClauseReference,
        missingBecause,
        missingSelectionsKey, unknownSelectionsName,
        wrongSelectionsValue, factMissing, wrongSelectionsType, unknownOption, choiceMissing, tooManyOptions,
        editionNotFound, duplicateOption, editionHasErrors, notApplicableYear, moreLikeThis, approvalsAsTable,
        agmOutsideEdition, unknownLocalAdditionTopic, localAdditionLimit,
        optionRequirementUnmet, optionExcluded, approvalMissing, parameterNotApplicable, approvalOutOfYear,
        approvalNotForThis, optionNotYetAvailable,
    ]

    static let missingMenuKey = MessageDescriptor(
        "M101", .menu, .error, summary: "a required key is missing from a menu file",
        documentation: """
            A table in edition.toml or a section file lacks a key it must have, such as a constraint's 'id' or \
            'require'. Add the key; the fix-it names it.
            """)

    static let unsupportedSchema = MessageDescriptor(
        "M102", .menu, .error, summary: "the menu's schema_version is newer than this clpconf understands",
        documentation: """
            The edition was written for a newer version of the menu format. Install a newer clpconf, or, if the \
            edition uses nothing new, set schema_version to the highest this clpconf supports.
            """)

    static let unknownMenuKey = MessageDescriptor(
        "M103", .menu, .warning, summary: "a key in a menu file is not one clpconf knows (a typo, usually)",
        documentation: """
            clpconf does not read this key, so whatever it says has no effect. Correct the spelling (the message \
            suggests the nearest known key) or remove it.
            """)

    static let duplicateID = MessageDescriptor(
        "M104", .menu, .error, summary: "two things in an edition share an id or a constraint code",
        documentation: """
            Ids and constraint codes must be unique within an edition, so that selections and reports can name \
            each one. Rename one of them; the note points at the first.
            """)

    static let invalidID = MessageDescriptor(
        "M105", .menu, .error, summary: "an id is not snake_case",
        documentation: """
            Ids are snake_case: a lowercase letter, then lowercase letters, digits or '_'. Rename the id, and \
            every place that refers to it.
            """)

    static let invalidConstraintCode = MessageDescriptor(
        "M106", .menu, .error, summary: "a constraint code is not two to four capitals and two or three digits",
        documentation: """
            Constraint codes look like GOV01 or MTG102: two to four capital letters, then two or three digits. \
            Choose a code of that form that the edition does not use yet.
            """)

    static let invalidMenuValue = MessageDescriptor(
        "M107", .menu, .error, summary: "a menu value is out of range or malformed",
        documentation: """
            A value has the right type but is not allowed, such as a range whose minimum is above its maximum or \
            a default outside its range. The message says what is wrong.
            """)

    static let missingSectionFile = MessageDescriptor(
        "M108", .menu, .error, summary: "edition.toml lists a section that has no file",
        documentation: """
            Every id in edition.toml's 'sections' needs a file in 'sections/' with that id. Add the file, or \
            correct the id; the message suggests the nearest existing section.
            """)

    static let unlistedSection = MessageDescriptor(
        "M109", .menu, .warning, summary: "a section file is not listed in edition.toml",
        documentation: """
            A file in 'sections/' is ignored because edition.toml's 'sections' does not list its id. Add the id \
            to 'sections', or remove the file.
            """)

    static let wrongMenuType = MessageDescriptor(
        "M110", .menu, .error, summary: "a menu value has the wrong type",
        documentation: """
            A key holds a different kind of TOML value than the menu format expects, such as a number in quotes. \
            Write the kind of value the message names.
            """)

    static let unknownReference = MessageDescriptor(
        "M201", .menu, .error, summary: "a menu refers to an option, approval or other id that does not exist",
        documentation: """
            A default, an approval or another reference names an id the edition does not define. Correct the \
            spelling (the message suggests the nearest id) or define it.
            """)

    static let derivedCycle = MessageDescriptor(
        "M203", .menu, .error, summary: "derived values depend on each other in a cycle",
        documentation: """
            Each derived value in the cycle needs another to be computed first, so none can be. Break the cycle \
            by computing one of them from facts or choices alone.
            """)

    static let missingCitation = MessageDescriptor(
        "M301", .menu, .warning, summary: "lint: an option, parameter or constraint has no citation",
        documentation: """
            Every rule should say where in the Rule Book it comes from, so a CLP can check it. Add cite = "..." \
            to the item or to its section.
            """)

    static let missingExamples = MessageDescriptor(
        "M302", .menu, .warning, summary: "lint: a constraint has no pass or no fail example",
        documentation: """
            Examples prove a constraint fires when it should and stays quiet otherwise. Add at least one 'pass' \
            and one 'fail' snippet.
            """)

    static let optionNeverChosen = MessageDescriptor(
        "M304", .menu, .warning, summary: "lint: an option can never be chosen",
        documentation: """
            The option's 'requires' contradicts the declared ranges of what it reads, so no CLP could choose it. \
            Correct the condition or the ranges.
            """)

    static let constraintNeverFires = MessageDescriptor(
        "M305", .menu, .warning, summary: "lint: a constraint can never fire",
        documentation: """
            The constraint's 'require' always holds (or its 'when' never does) within the declared ranges, so it \
            checks nothing. Correct the condition or remove the constraint.
            """)

    static let clauseNeverEmitted = MessageDescriptor(
        "M306", .menu, .warning, summary: "lint: a clause can never be emitted",
        documentation: """
            The clause's 'when' can never hold within the declared ranges, so it never reaches a document. \
            Correct the condition or remove the clause.
            """)

    static let invalidExampleFile = MessageDescriptor(
        "M310", .menu, .warning, summary: "lint: the edition's example.toml is not valid",
        documentation: """
            Constraint examples are merged onto example.toml, so it must be valid on its own. Fix the codes the \
            message lists.
            """)

    static let exampleMisbehaves = MessageDescriptor(
        "M311", .menu, .warning, summary: "lint: a constraint example does not behave as declared",
        documentation: """
            A 'pass' example triggers its constraint, or a 'fail' example does not. Correct the example or the \
            constraint.
            """)

    static let missingExampleFile = MessageDescriptor(
        "M312", .menu, .warning, summary: "lint: the edition has no example.toml to run constraint examples on",
        documentation: """
            Constraint examples are snippets merged onto a complete example.toml. Add one to the edition's \
            folder (clpconf init writes a starting point).
            """)

    static let clauseInNoPart = MessageDescriptor(
        "M313", .menu, .warning, summary: "lint: the edition declares parts, but no part places this clause",
        documentation: """
            The standing orders print the clause in a last part, 'Other provisions'. Add its section to a \
            [[part]]'s 'sections' (or, for an edition-wide clause, its id to a part's 'clauses').
            """)

    static let unknownClauseReference = MessageDescriptor(
        "M314", .menu, .warning, summary: "lint: a clause's text refers to a clause that does not exist",
        documentation: """
            A '[[clause ID]]' cross-reference names no clause of the edition, so the standing orders would print \
            the id itself. Correct the id (a clause id, or section.id).
            """)

    static let missingBecause = MessageDescriptor(
        "M315", .menu, .warning, summary: "lint: a constraint has no 'because' to explain a failure in words",
        documentation: """
            When a CLP breaks the constraint, 'check' explains why with its 'because' template and this year's \
            values ("2 of the first six officers are women: ..."). Without one it can only list the titles and \
            values of what the rule reads. Add because = '...' in plain words, never naming internal ids.
            """)

    static let missingSelectionsKey = MessageDescriptor(
        "S101", .selections, .error, summary: "a required key is missing from the selections file",
        documentation: """
            The selections file, or one of its tables, lacks a key it must have, such as 'edition' (which menu \
            edition the file follows), 'year' or an officer's 'name'. Add the key; the fix-it names it.
            """)

    static let unknownSelectionsName = MessageDescriptor(
        "S102", .selections, .error,
        summary: "an unknown section, key, fact, post, vote or approval (with a did-you-mean)",
        documentation: """
            The selections name something the edition does not have, usually a typo. Correct the spelling (the \
            message suggests the nearest name) or remove it; 'clpconf menu show' lists what the edition has.
            """)

    static let wrongSelectionsValue = MessageDescriptor(
        "S103", .selections, .error, summary: "a value is out of range or not one of the allowed values",
        documentation: """
            The value has the right type but is not allowed, such as a number outside its range. The message \
            gives the range, and the fix-it the nearest allowed value.
            """)

    static let factMissing = MessageDescriptor(
        "S104", .selections, .error, summary: "a required fact is missing",
        documentation: """
            The edition needs this fact about the CLP and it has no default. Add it under [facts].
            """)

    static let wrongSelectionsType = MessageDescriptor(
        "S105", .selections, .error, summary: "a value has the wrong type",
        documentation: """
            A value is a different kind than the edition expects, such as a number in quotes. Write the kind of \
            value the message names; the fix-it does it where it can.
            """)

    static let unknownOption = MessageDescriptor(
        "S106", .selections, .error, summary: "an option that is not in this edition",
        documentation: """
            The chosen option is not one of the section's options in this edition. Choose one of the listed \
            options; if it comes from an earlier edition, the message names its replacement.
            """)

    static let choiceMissing = MessageDescriptor(
        "S107", .selections, .error, summary: "a section that needs a choice has none",
        documentation: """
            The section takes one option, has no default, and the file does not choose one. Set its 'option' to \
            one of the listed options.
            """)

    static let tooManyOptions = MessageDescriptor(
        "S108", .selections, .error, summary: "a list given where the section takes exactly one option",
        documentation: """
            The section takes exactly one option. Write option = "..." with one id, not a list.
            """)

    static let editionNotFound = MessageDescriptor(
        "S109", .selections, .error, summary: "the edition named in the file cannot be found",
        documentation: """
            No menu edition with that id is on the search path. Check the id against 'clpconf menu list', or \
            point --menus at the folder that holds it.
            """)

    static let duplicateOption = MessageDescriptor(
        "S110", .selections, .error, summary: "the same option is chosen twice",
        documentation: """
            An option appears twice in a section's list. Remove the repeat; the note points at the first.
            """)

    static let editionHasErrors = MessageDescriptor(
        "S111", .selections, .error, summary: "the edition named in the file has errors",
        documentation: """
            The file cannot be checked against an edition that does not load. Run 'clpconf menu lint ID' and \
            correct the edition.
            """)

    static let notApplicableYear = MessageDescriptor(
        "S112", .selections, .warning, summary: "the edition is not meant for this year's AGM",
        documentation: """
            The edition's valid_years do not include the file's year. Check the AGM year, or set the file's \
            edition to the one for that year ('clpconf menu list' shows each edition's years); 'clpconf check' \
            then names each option that edition renamed or retired, and what replaces it.
            """)

    static let moreLikeThis = MessageDescriptor(
        "S113", .selections, .note, summary: "more problems of one kind in a selections file than are listed",
        documentation: """
            The selections loader lists at most the first 100 problems of one code in a file and counts the \
            rest, so a file with thousands of unknown keys is read quickly and in little memory. Correct the \
            ones listed and check again; the note says how many more there are.
            """)

    static let approvalsAsTable = MessageDescriptor(
        "S114", .selections, .error, summary: "approvals written as a table of bodies instead of records",
        documentation: """
            Each approval is a record saying what it approves, who gave it, when, and its reference: \
            [[approvals]] approves = "structure_change", by = "nec", date = 2022-07-01, reference = "NW/22/31". \
            The older [approvals] table of bodies could not say what an approval was for, so one approval seemed \
            to clear every choice that needed that body. Rewrite each entry as a record.
            """)

    static let agmOutsideEdition = MessageDescriptor(
        "S115", .selections, .error, summary: "the AGM's date is outside the dates the edition governs",
        documentation: """
            Each edition governs the AGMs held between two dates (the Rule Book changes that made the next \
            edition took effect on a date). An AGM outside them follows another edition, which the message names: \
            set edition = "<that id>" and check again: each choice that edition words differently is named.
            """)

    static let unknownLocalAdditionTopic = MessageDescriptor(
        "S116", .selections, .error, summary: "a local addition's topic is not a part of the standing orders",
        documentation: """
            A [[local_addition]] goes at the end of one part of the standing orders, named by its topic: one of \
            the edition's part ids, such as "procedure", "executive" or "branches" ('clpconf menu show' lists \
            them). Correct the topic; the message suggests the nearest one and lists them all.
            """)

    static let localAdditionLimit = MessageDescriptor(
        "S117", .selections, .error, summary: "too many local additions, or one too long",
        documentation: """
            A selections file may hold at most 50 [[local_addition]] entries, each of at most 2,000 characters, \
            so that standing orders stay readable and a hostile file costs little. Shorten the text, or combine \
            related additions.
            """)

    static let optionRequirementUnmet = MessageDescriptor(
        "S201", .validation, .error, summary: "a chosen option's requirement does not hold",
        documentation: """
            The option may only be chosen when its 'requires' holds, and with these selections it does not. \
            Change the choice, or the facts it depends on; the explanation shows the values found.
            """)

    static let optionExcluded = MessageDescriptor(
        "S202", .validation, .error, summary: "a chosen option is excluded by the other choices",
        documentation: """
            The option's 'excludes' holds with these selections, so it cannot be chosen. Choose another option, \
            or change the choice that excludes it.
            """)

    static let approvalMissing = MessageDescriptor(
        "S203", .validation, .warning, summary: "a chosen option is pending: an approval it needs is not recorded",
        documentation: """
            The option takes effect only once every body the menu names has approved it (a women's branch needs \
            two). Until then it is pending, and the message says whose approval is still awaited. When it comes, \
            record it: [[approvals]] approves = "section.option", by = "<body>", date = ..., reference = "...".
            """)

    static let approvalOutOfYear = MessageDescriptor(
        "S205", .validation, .warning, summary: "an approval is dated outside the year the file covers",
        documentation: """
            An approval counts for the year it was given in: from a year before this AGM (approval sought for the \
            AGM's decision) to the day before the next AGM, a year after this one. An approval dated outside that \
            belongs to another year's file; the choice it was for is pending until an approval for this year is \
            recorded. Check the date, or ask for the approval to be confirmed for this year.
            """)

    static let approvalNotForThis = MessageDescriptor(
        "S206", .validation, .warning,
        summary: "an approval is for a choice this file does not make, or from a body that cannot give it",
        documentation: """
            The approval names an option the file does not choose, or was given by a body the menu does not ask \
            for that option. It counts for nothing. Check what the approval was for and who gave it (the menu \
            says who must approve each option: 'clpconf menu show').
            """)

    static let optionNotYetAvailable = MessageDescriptor(
        "S207", .validation, .error, summary: "an option is chosen for an AGM held before it could be chosen",
        documentation: """
            Some options came in during an edition's life (local government committees and equality branches \
            after Conference 2019, online meetings from 2020). An AGM held before that date cannot choose them: \
            choose another option for that year, or check the AGM's date.
            """)

    static let parameterNotApplicable = MessageDescriptor(
        "S204", .validation, .warning, summary: "a setting has no effect with these choices",
        documentation: """
            The setting applies only with a choice the file does not make, so it is ignored. Remove it, or \
            change the choice it depends on.
            """)
}
