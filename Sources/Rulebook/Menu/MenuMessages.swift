import Diagnostics
import TOML

/// The catalogue of menu-loading diagnostics (codes `M1xx` structure, `M2xx` references, `M3xx` lint).
enum MenuMessages {
    static func derivedCycle(_ chain: [String], at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "M203", severity: .error,
            message: "derived values depend on each other in a cycle: "
                + chain.map { "'\($0)'" }.joined(separator: " -> "),
            location: span)
    }

    static func duplicateID(_ kind: String, _ id: String, at span: SourceSpan, first: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "M104", severity: .error, message: "duplicate \(kind) '\(id)'", location: span,
            notes: [Note("'\(id)' first defined here", at: first)])
    }

    static func invalidCode(_ code: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "M106", severity: .error,
            message: "constraint code '\(code)' is not two to four capital letters followed by two or three digits",
            location: span, fixIts: [FixIt("use a code such as 'GOV01'")])
    }

    static func invalidID(_ id: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "M105", severity: .error,
            message: "'\(id)' is not a valid id; ids are snake_case: a lowercase letter, then letters, digits or '_'",
            location: span)
    }

    static func invalidValue(_ key: String, _ problem: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(code: "M107", severity: .error, message: "'\(key)' \(problem)", location: span)
    }

    static func lint(_ code: String, _ message: String, at span: SourceSpan, fix: String? = nil) -> Diagnostic {
        Diagnostic(
            code: code, severity: .warning, message: message, location: span,
            fixIts: fix.map { [FixIt($0)] } ?? [])
    }

    static func missingKey(_ key: String, context: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "M101", severity: .error, message: "\(context) is missing the required key '\(key)'", location: span,
            fixIts: [FixIt("add '\(key) = ...' to \(context)")])
    }

    static func missingSectionFile(_ id: String, known: [String], at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "M108", severity: .error,
            message: "no file in 'sections/' has id '\(id)'" + NameSuggester.didYouMean(id, among: known),
            location: span, fixIts: [FixIt("add 'sections/NN_\(id).toml' with id = \"\(id)\"")])
    }

    static func unknownReference(_ kind: String, _ name: String, known: [String], at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "M201", severity: .error,
            message: "unknown \(kind) '\(name)'" + NameSuggester.didYouMean(name, among: known), location: span)
    }

    static func unknownKey(
        _ key: String, context: String, known: [String], at span: SourceSpan, severity: Severity
    ) -> Diagnostic {
        Diagnostic(
            code: "M103", severity: severity,
            message: "unknown key '\(key)' in \(context)" + NameSuggester.didYouMean(key, among: known),
            location: span)
    }

    static func unlistedSection(_ path: String, id: String, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "M109", severity: .warning,
            message: "section '\(id)' in '\(path)' is not listed in edition.toml's 'sections', so it is ignored",
            location: span, fixIts: [FixIt("add \"\(id)\" to 'sections' in edition.toml")])
    }

    static func unsupportedSchema(_ version: Int, highest: Int, at span: SourceSpan) -> Diagnostic {
        Diagnostic(
            code: "M102", severity: .error,
            message: "schema_version \(version) is newer than this clpconf understands (highest: \(highest))",
            location: span, fixIts: [FixIt("install a newer clpconf, or set schema_version = \(highest)")])
    }

    static func wrongType(
        _ key: String, context: String, expected: String, found: TOMLValue, in document: TOMLDocument
    ) -> Diagnostic {
        Diagnostic(
            code: "M110", severity: .error,
            message: "'\(key)' in \(context) must be \(expected), found \(found.typeName)",
            location: document.span(found.range))
    }
}
