import Diagnostics

/// Every diagnostic code the compile can produce about the files it reads (reports, the roster, the centre's
/// responses), each declared once with its severity and docs.
///
/// A report with an error is listed with its file and reason and left out of every figure; the compile goes
/// on with the rest. The factories in `CompileMessages.swift` build the diagnostics from these entries.
public enum CompileCatalogue {
    /// Every code, in code order, for `clpconf explain` and the docs.
    public static let all: [MessageDescriptor] = [
        unknownSchema, wrongField, unknownEdition, digestMismatch, superseded, unidentified, rosterProblem,
        responseProblem, notOnRoster, responseUnused, unquoted,
    ]

    static let unknownSchema = MessageDescriptor(
        "P101", .compile, .error, summary: "a report whose schema the compile does not know",
        documentation: """
            The file's `schema` member is missing or names a version other than clpconf.report/1, so it is \
            not a clpconf report, or comes from a newer clpconf. Ask the CLP to write it again with \
            `clpconf report`, or compile with the clpconf version that wrote it.
            """)

    static let wrongField = MessageDescriptor(
        "P102", .compile, .error, summary: "a report member missing or of the wrong type",
        documentation: """
            A member the report format requires (docs/formats.md, "The report") is missing, or holds a value \
            of another type. The report was edited by hand or damaged in transit; ask the CLP for the file \
            `clpconf report` wrote.
            """)

    static let unknownEdition = MessageDescriptor(
        "P103", .compile, .error, summary: "a report on a menu edition the compile does not have",
        documentation: """
            The report names a menu edition that is not among the editions the compile loaded. Compile with \
            `--menus` naming the folder that holds it, or ask the CLP which edition it used.
            """)

    static let digestMismatch = MessageDescriptor(
        "P104", .compile, .error, summary: "a report made with an edited copy of a menu edition",
        documentation: """
            The report's edition digest (the SHA-256 of the menu it was checked against) differs from the \
            published edition's, so the CLP checked its choices against an edited copy of the menu and its \
            "valid" cannot be trusted. It is left out; ask the CLP to check its file against the published \
            menu and report again.
            """)

    static let superseded = MessageDescriptor(
        "P105", .compile, .warning, summary: "a second report for the same CLP and year",
        documentation: """
            Two reports name the same CLP and year. The compile keeps the one with the later AGM date (then \
            the later generation time) and leaves the other out; the note names the one kept.
            """)

    static let unidentified = MessageDescriptor(
        "P106", .compile, .error, summary: "a report without the CLP's name or the year",
        documentation: """
            The report gives no CLP name or no year, so it cannot be matched to the roster or counted in a \
            year. The selections file needs `[clp] name` and `year`; fix it and report again.
            """)

    static let rosterProblem = MessageDescriptor(
        "P107", .compile, .error, summary: "a roster without the columns or rows the compile needs",
        documentation: """
            The roster is a CSV file with a header row naming a `CLP` column (and usually `Region`); each row \
            is one CLP expected to report. A missing column, or a CLP listed twice, is reported here.
            """)

    static let responseProblem = MessageDescriptor(
        "P108", .compile, .error, summary: "a response that cannot be read",
        documentation: """
            Each `[[response]]` in the responses file needs `clp` (the CLP's name as its report gives it) and \
            `text`, and may give `year` and `from`; a missing or mistyped key, or an unknown one, is reported \
            here (docs/formats.md, "The centre's responses").
            """)

    static let notOnRoster = MessageDescriptor(
        "P109", .compile, .warning, summary: "a report from a CLP the roster does not list",
        documentation: """
            A report names a CLP that is not on the roster. It is still counted; check the spelling of the \
            CLP's name in its selections file against the roster, or add the CLP to the roster.
            """)

    static let responseUnused = MessageDescriptor(
        "P110", .compile, .warning, summary: "a response to a CLP with no report",
        documentation: """
            A response names a CLP (and year) for which no report was counted, so no letter carries it. Check \
            the name against the CLP's report.
            """)

    static let unquoted = MessageDescriptor(
        "P111", .compile, .note, summary: "rejected files' problems shown without the lines they point at",
        documentation: """
            So that a compile of many bad files keeps its memory flat, it keeps only so much of rejected files' \
            text for quoting their problems (8 MiB in all, each file up to the last line a problem starts on). \
            The problems of the files rejected after that are still listed, each with its file, line, column \
            and reason, but without the line of text under it; the note names the first such file. Compile \
            one of those files on its own (`clpconf compile FILE`) to see its problems in place.
            """)
}
