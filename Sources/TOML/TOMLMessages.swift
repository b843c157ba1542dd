import Diagnostics

/// Every diagnostic the TOML reader can produce, with its stable code. Sorted by name; codes are never reused.
///
/// | code | meaning |
/// | ---- | ------- |
/// | T100 | invalid UTF-8 |
/// | T101 | a token other than the one the grammar expects |
/// | T102 | unterminated string |
/// | T103 | invalid escape sequence |
/// | T104 | control character in a string or comment |
/// | T105 | malformed number |
/// | T106 | integer outside 64 bits |
/// | T107 | malformed date or time |
/// | T108 | date that is not in the calendar |
/// | T109 | carriage return without a newline |
/// | T110 | duplicate key |
/// | T111 | table defined twice |
/// | T112 | header reopening a table made by dotted keys |
/// | T113 | addition to a closed inline table |
/// | T114 | dotted key adding to a table defined by a header |
/// | T115 | key used as a table but holding a value |
/// | T116 | `[x]` header naming an array of tables |
/// | T117 | `[[x]]` header naming something that is not an array of tables |
/// | T118 | nesting deeper than the limit |
/// | T119 | newline inside an inline table |
/// | T120 | trailing comma in an inline table |
/// | T121 | multi-line string used as a key |
/// | T122 | too many errors; reading stopped |
/// | T123 | dotted key adding to an array of tables |
extension Diagnostic {
    static func arrayOfTablesExtended(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan)
        -> Diagnostic
    {
        error(
            "T123", "cannot add to array of tables '\(path)' with a dotted key; add keys under a '[\(path)]' header",
            span, first: (path, first))
    }

    static func arrayOfTablesReopened(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan)
        -> Diagnostic
    {
        error(
            "T116", "cannot define table '\(path)': it is an array of tables; use '[[\(path)]]' to add a table to it",
            span, first: (path, first))
    }

    static func bareCarriageReturn(at span: SourceSpan) -> Diagnostic {
        error("T109", "carriage return must be followed by a newline", span)
    }

    static func controlCharacter(_ character: String, in context: String, at span: SourceSpan) -> Diagnostic {
        error("T104", "control character \(character) is not allowed in \(context)", span)
    }

    static func dottedTableReopened(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic
    {
        error(
            "T112", "table '\(path)' was created by dotted keys and cannot be reopened with a '[\(path)]' header", span,
            first: (path, first))
    }

    static func duplicateKey(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic {
        error("T110", "duplicate key '\(path)'", span, first: (path, first))
    }

    static func expected(_ expectation: String, found: String, at span: SourceSpan) -> Diagnostic {
        error("T101", "expected \(expectation), found \(found)", span)
    }

    static func headerTableExtended(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic
    {
        error(
            "T114", "cannot add to table '\(path)' with a dotted key; it is defined by a '[\(path)]' header", span,
            first: (path, first))
    }

    static func inlineTableExtended(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic
    {
        error(
            "T113", "cannot add to inline table '\(path)'; an inline table is complete where it is written", span,
            first: (path, first))
    }

    static func integerOverflow(_ text: String, at span: SourceSpan) -> Diagnostic {
        error(
            "T106",
            "integer '\(text)' does not fit in 64 bits; the range is -9223372036854775808 to 9223372036854775807",
            span)
    }

    static func invalidCalendarDate(_ text: String, reason: String, at span: SourceSpan) -> Diagnostic {
        error("T108", "invalid calendar date '\(text)': \(reason)", span)
    }

    static func invalidDateTime(_ text: String, reason: String, at span: SourceSpan) -> Diagnostic {
        error("T107", "invalid date or time '\(text)': \(reason)", span)
    }

    static func invalidEscape(_ sequence: String, reason: String, at span: SourceSpan) -> Diagnostic {
        error("T103", "invalid escape sequence '\(sequence)': \(reason)", span)
    }

    static func invalidNumber(_ text: String, reason: String, at span: SourceSpan) -> Diagnostic {
        error("T105", "invalid number '\(text)': \(reason)", span)
    }

    static func invalidUTF8(byte: UInt8, at span: SourceSpan) -> Diagnostic {
        let hex = String(byte, radix: 16, uppercase: true)
        return error(
            "T100", "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" : "")\(hex); TOML files must be UTF-8 encoded", span)
    }

    static func multilineStringKey(at span: SourceSpan) -> Diagnostic {
        error("T121", "a multi-line string cannot be a key; use a basic string \"...\" or a literal string '...'", span)
    }

    static func nestingTooDeep(limit: Int, at span: SourceSpan) -> Diagnostic {
        error("T118", "nesting is too deep; tables and arrays may be nested at most \(limit) levels", span)
    }

    static func newlineInInlineTable(at span: SourceSpan) -> Diagnostic {
        error("T119", "newline in inline table; an inline table must be written on one line", span)
    }

    static func notAnArrayOfTables(
        _ path: String, typeName: String, at span: SourceSpan, firstDefinedAt first: SourceSpan
    )
        -> Diagnostic
    {
        error(
            "T117", "cannot add to '\(path)' with '[[\(path)]]': it is already \(withArticle(typeName))", span,
            first: (path, first))
    }

    static func notATable(_ path: String, typeName: String, at span: SourceSpan, firstDefinedAt first: SourceSpan)
        -> Diagnostic
    {
        error(
            "T115", "cannot use '\(path)' as a table: it is already \(withArticle(typeName))", span,
            first: (path, first))
    }

    static func tableRedefined(_ path: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic {
        error("T111", "table '\(path)' is already defined", span, first: (path, first))
    }

    static func tooManyErrors(limit: Int, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "T122", severity: .note, message: "too many errors; stopped reading after \(limit)", location: span)
    }

    static func trailingCommaInInlineTable(at span: SourceSpan) -> Diagnostic {
        error("T120", "trailing comma in inline table; remove the ',' before '}'", span)
    }

    static func unterminatedString(_ kind: String, closing: String, at span: SourceSpan) -> Diagnostic {
        error("T102", "unterminated \(kind); expected a closing \(closing)", span)
    }

    // MARK: - Helpers

    private static func error(_ code: String, _ message: String, _ span: SourceSpan, first: (String, SourceSpan)? = nil)
        -> Diagnostic
    {
        var diagnostic = Diagnostic(code: code, severity: .error, message: message, location: span)
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
