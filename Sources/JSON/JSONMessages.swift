import Diagnostics

/// The factories of the JSON reader's and writer's diagnostics, sorted by name. Codes, severities and docs are
/// declared once in ``JSONCatalogue``.
extension Diagnostic {
    static func jsonControlCharacter(_ byte: UInt8, at span: SourceSpan) -> Diagnostic {
        JSONCatalogue.controlCharacter.diagnostic(
            "control character \(JSONText.scalarName(UInt32(byte))) is not allowed in a string; write it as an escape",
            at: span)
    }

    static func jsonDuplicateKey(_ key: String, at span: SourceSpan, firstDefinedAt first: SourceSpan) -> Diagnostic {
        let quoted = JSONText.quoted(key)
        return JSONCatalogue.duplicateKey.diagnostic(
            "duplicate key \(quoted) in this object", at: span, notes: [Note("\(quoted) first defined here", at: first)]
        )
    }

    static func jsonExpected(_ expectation: String, found: String, at span: SourceSpan, openedAt opening: Note?)
        -> Diagnostic
    {
        JSONCatalogue.unexpectedToken.diagnostic(
            "expected \(expectation), found \(found)", at: span, notes: opening.map { [$0] } ?? [])
    }

    static func jsonInvalidEscape(_ sequence: String, reason: String, at span: SourceSpan) -> Diagnostic {
        JSONCatalogue.invalidEscape.diagnostic("invalid escape sequence '\(sequence)': \(reason)", at: span)
    }

    static func jsonInvalidNumber(_ text: String, reason: String, at span: SourceSpan) -> Diagnostic {
        JSONCatalogue.invalidNumber.diagnostic("invalid number '\(text)': \(reason)", at: span)
    }

    static func jsonInvalidUTF8(byte: UInt8, at span: SourceSpan) -> Diagnostic {
        let hex = String(byte, radix: 16, uppercase: true)
        return JSONCatalogue.invalidUTF8.diagnostic(
            "invalid UTF-8 byte 0x\(hex.count == 1 ? "0" : "")\(hex); JSON files must be UTF-8 encoded", at: span)
    }

    static func jsonLoneSurrogate(_ sequence: String, at span: SourceSpan) -> Diagnostic {
        JSONCatalogue.loneSurrogate.diagnostic(
            "'\(sequence)' is half of a UTF-16 surrogate pair without its other half", at: span)
    }

    static func jsonNestingTooDeep(limit: Int, at span: SourceSpan) -> Diagnostic {
        JSONCatalogue.nestingTooDeep.diagnostic(
            "nesting is too deep; arrays and objects may be nested at most \(limit) levels", at: span)
    }

    static func jsonTooLong(_ what: String, limit: Int, at span: SourceSpan) -> Diagnostic {
        JSONCatalogue.tooLong.diagnostic("\(what) is longer than the limit of \(limit) bytes", at: span)
    }

    static func jsonTooManyErrors(limit: Int, at span: SourceSpan) -> Diagnostic {
        JSONCatalogue.tooManyErrors.diagnostic("too many errors; stopped reporting after \(limit)", at: span)
    }

    static func jsonTrailingContent(found: String, at span: SourceSpan) -> Diagnostic {
        JSONCatalogue.trailingContent.diagnostic(
            "expected the end of the file after the JSON value, found \(found)", at: span)
    }

    static func jsonUnterminatedString(at span: SourceSpan) -> Diagnostic {
        JSONCatalogue.unterminatedString.diagnostic("unterminated string; expected a closing '\"'", at: span)
    }
}

/// How messages quote JSON text.
enum JSONText {
    /// A key or string as JSON writes it, cut to 64 characters.
    static func quoted(_ text: String) -> String {
        var out = ""
        let cut = text.count > 64 ? String(text.prefix(64)) + "…" : text
        JSONValue.writeString(cut, to: &out)
        return out.count > 2 ? "'" + out.dropFirst().dropLast() + "'" : "''"
    }

    /// `U+0009 (tab)`, `U+0000`.
    static func scalarName(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        switch value {
        case 0x09: return code + " (tab)"
        case 0x0A: return code + " (newline)"
        case 0x0D: return code + " (carriage return)"
        default: return code
        }
    }
}
