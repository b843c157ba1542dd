import Diagnostics

/// The factories of the TOML reader's diagnostics, sorted by name. Codes, severities and docs are declared
/// once in ``TOMLCatalogue``.
extension Diagnostic {
    static func arrayOfTablesExtended(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan)
        -> Diagnostic
    {
        make(
            TOMLCatalogue.arrayOfTablesExtended,
            "cannot add to array of tables '\(path)' with a dotted key; add keys under a '[\(path)]' header",
            span, first: (path, first))
    }

    static func arrayOfTablesReopened(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan)
        -> Diagnostic
    {
        make(
            TOMLCatalogue.arrayOfTablesReopened,
            "cannot define table '\(path)': it is an array of tables; use '[[\(path)]]' to add a table to it",
            span, first: (path, first))
    }

    static func bareCarriageReturn(at span: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.bareCarriageReturn, "carriage return must be followed by a newline", span)
    }

    static func controlCharacter(_ character: String, in context: String, at span: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.controlCharacter, "control character \(character) is not allowed in \(context)", span)
    }

    static func dottedTableReopened(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic
    {
        make(
            TOMLCatalogue.dottedTableReopened,
            "table '\(path)' was created by dotted keys and cannot be reopened with a '[\(path)]' header", span,
            first: (path, first))
    }

    static func duplicateKey(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.duplicateKey, "duplicate key '\(path)'", span, first: (path, first))
    }

    static func expected(_ expectation: String, found: String, at span: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.unexpectedToken, "expected \(expectation), found \(found)", span)
    }

    static func headerTableExtended(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic
    {
        make(
            TOMLCatalogue.headerTableExtended,
            "cannot add to table '\(path)' with a dotted key; it is defined by a '[\(path)]' header", span,
            first: (path, first))
    }

    static func inlineTableExtended(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic
    {
        make(
            TOMLCatalogue.inlineTableExtended,
            "cannot add to inline table '\(path)'; an inline table is complete where it is written", span,
            first: (path, first))
    }

    static func integerOverflow(_ text: String, at span: SourceSpan) -> Diagnostic {
        make(
            TOMLCatalogue.integerOverflow,
            "integer '\(text)' does not fit in 64 bits; the range is -9223372036854775808 to 9223372036854775807",
            span)
    }

    static func invalidCalendarDate(_ text: String, reason: String, at span: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.invalidCalendarDate, "invalid calendar date '\(text)': \(reason)", span)
    }

    static func invalidDateTime(_ text: String, reason: String, at span: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.invalidDateTime, "invalid date or time '\(text)': \(reason)", span)
    }

    static func invalidEscape(_ sequence: String, reason: String, at span: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.invalidEscape, "invalid escape sequence '\(sequence)': \(reason)", span)
    }

    static func invalidNumber(_ text: String, reason: String, at span: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.invalidNumber, "invalid number '\(text)': \(reason)", span)
    }

    static func invalidUTF8(byte: UInt8, at span: SourceSpan) -> Diagnostic {
        let hex = String(byte, radix: 16, uppercase: true)
        return make(
            TOMLCatalogue.invalidUTF8,
            "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" : "")\(hex); TOML files must be UTF-8 encoded", span)
    }

    static func multilineStringKey(at span: SourceSpan) -> Diagnostic {
        make(
            TOMLCatalogue.multilineStringKey,
            "a multi-line string cannot be a key; use a basic string \"...\" or a literal string '...'", span)
    }

    static func nestingTooDeep(limit: Int, at span: SourceSpan) -> Diagnostic {
        make(
            TOMLCatalogue.nestingTooDeep,
            "nesting is too deep; tables and arrays may be nested at most \(limit) levels", span)
    }

    static func newlineInInlineTable(at span: SourceSpan) -> Diagnostic {
        make(
            TOMLCatalogue.newlineInInlineTable, "newline in inline table; an inline table must be written on one line",
            span)
    }

    static func notAnArrayOfTables(
        _ path: String, typeName: String, at span: SourceSpan, firstDefinedAt first: SourceSpan
    )
        -> Diagnostic
    {
        make(
            TOMLCatalogue.notAnArrayOfTables,
            "cannot add to '\(path)' with '[[\(path)]]': it is already \(withArticle(typeName))", span,
            first: (path, first))
    }

    static func notATable(_ path: String, typeName: String, at span: SourceSpan, firstDefinedAt first: SourceSpan)
        -> Diagnostic
    {
        make(
            TOMLCatalogue.notATable, "cannot use '\(path)' as a table: it is already \(withArticle(typeName))", span,
            first: (path, first))
    }

    static func tableRedefined(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.tableRedefined, "table '\(path)' is already defined", span, first: (path, first))
    }

    static func tooManyErrors(limit: Int, at span: SourceSpan) -> Diagnostic {
        TOMLCatalogue.tooManyErrors.diagnostic("too many errors; stopped reading after \(limit)", at: span)
    }

    static func trailingCommaInInlineTable(at span: SourceSpan) -> Diagnostic {
        make(
            TOMLCatalogue.trailingCommaInInlineTable, "trailing comma in inline table; remove the ',' before '}'", span)
    }

    static func unterminatedString(_ kind: String, closing: String, at span: SourceSpan) -> Diagnostic {
        make(TOMLCatalogue.unterminatedString, "unterminated \(kind); expected a closing \(closing)", span)
    }

    // MARK: - Helpers

    /// A diagnostic of `descriptor`, with a note at the first definition when there is one.
    private static func make(
        _ descriptor: MessageDescriptor, _ message: String, _ span: SourceSpan, first: (String, SourceSpan)? = nil
    ) -> Diagnostic {
        var diagnostic = descriptor.diagnostic(message, at: span)
        if let (path, location) = first {
            diagnostic.notes.append(Note("'\(path)' first defined here", at: location))
        }
        return diagnostic
    }

    /// `"an integer"`, `"a string"`.
    private static func withArticle(_ noun: String) -> String {
        guard let first = noun.first else { return noun }
        return ("aeiou".contains(first) ? "an " : "a ") + noun
    }
}

/// Writes key paths the way TOML does: bare segments as they are, others quoted (`a."b c".d`).
enum KeyPathText {
    static func render(_ segments: some Sequence<String>) -> String {
        var text = ""
        for (position, segment) in segments.enumerated() {
            if position > 0 { text += "." }
            text += render(segment)
        }
        return text
    }

    static func render(_ segment: String) -> String {
        if !segment.isEmpty, segment.utf8.allSatisfy(\.isBareKeyCharacter) { return segment }
        // TOML basic strings use the same escapes as JSON strings.
        var quoted = ""
        JSONValue.writeString(segment, to: &quoted)
        return quoted
    }
}
