import Diagnostics

/// The factories of the CSV reader's and column lookup's diagnostics, sorted by name. Codes, severities and
/// docs are declared once in ``CSVCatalogue``.
extension Diagnostic {
    static func csvAmbiguousColumn(_ name: String, at span: SourceSpan, alsoAt first: SourceSpan) -> Diagnostic {
        CSVCatalogue.ambiguousColumn.diagnostic(
            "two columns of the header are named \(CSVText.quoted(name))", at: span,
            notes: [Note("the other is here", at: first)])
    }

    static func csvFieldCount(found: Int, expected: Int, at span: SourceSpan, header: SourceSpan) -> Diagnostic {
        let what = found < expected ? "a field is missing" : "there is a field too many"
        return CSVCatalogue.fieldCount.diagnostic(
            "this record has \(CSVText.count(found, "field")) but the header has \(expected); \(what)", at: span,
            notes: [Note("the header is here", at: header)])
    }

    static func csvInvalidUTF8(byte: UInt8, at span: SourceSpan) -> Diagnostic {
        let hex = String(byte, radix: 16, uppercase: true)
        return CSVCatalogue.invalidUTF8.diagnostic(
            "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" : "")\(hex); save the file as 'CSV UTF-8'", at: span)
    }

    static func csvMissingColumn(_ name: String, suggestion: String?, at span: SourceSpan, notes: [Note])
        -> Diagnostic
    {
        let hint = suggestion.map { "; did you mean \(CSVText.quoted($0))?" } ?? ""
        return CSVCatalogue.missingColumn.diagnostic(
            "the header has no column \(CSVText.quoted(name))\(hint)", at: span, notes: notes)
    }

    static func csvQuoteInUnquotedField(at span: SourceSpan) -> Diagnostic {
        CSVCatalogue.quoteInUnquotedField.diagnostic(
            "a '\"' inside a field that is not quoted; quote the whole field and write the quote as '\"\"'",
            at: span)
    }

    static func csvTextAfterClosingQuote(at span: SourceSpan) -> Diagnostic {
        CSVCatalogue.textAfterClosingQuote.diagnostic(
            "expected ',' or the end of the line after the closing '\"'; a quote inside a field is written '\"\"'",
            at: span)
    }

    static func csvTooLarge(_ what: String, limit: String, at span: SourceSpan) -> Diagnostic {
        CSVCatalogue.tooLarge.diagnostic("\(what) is larger than the limit of \(limit)", at: span)
    }

    static func csvTooManyErrors(limit: Int, at span: SourceSpan) -> Diagnostic {
        CSVCatalogue.tooManyErrors.diagnostic("too many errors; stopped reporting after \(limit)", at: span)
    }

    static func csvUTF16(at span: SourceSpan) -> Diagnostic {
        CSVCatalogue.invalidUTF8.diagnostic(
            "the file is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8; save it as 'CSV UTF-8'",
            at: span)
    }

    static func csvUnterminatedQuote(at span: SourceSpan) -> Diagnostic {
        CSVCatalogue.unterminatedQuote.diagnostic(
            "this quoted field has no closing '\"'; it runs to the end of the file", at: span)
    }
}

/// How messages quote CSV text.
enum CSVText {
    /// A name in single quotes, cut to 64 characters.
    static func quoted(_ text: String) -> String {
        "'" + (text.count > 64 ? text.prefix(64) + "…" : text) + "'"
    }

    /// `1 field`, `3 fields`.
    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
