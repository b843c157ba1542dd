import Diagnostics
import TOML

/// An amendment moved at the AGM, `section.key=value`, applied to the text of a selections file so the
/// amended file can be checked exactly as if it had been written that way. The file itself is never changed.
public struct SelectionsAmendment: Sendable, Hashable {
    public var section: String
    public var key: String
    /// The value as TOML (a bare word that is not valid TOML is taken as a string).
    public var valueText: String

    /// Parses `section.key=value`; nil with a reason when the form is wrong.
    public static func parse(_ argument: String) -> Result<SelectionsAmendment, AmendmentError> {
        guard let equals = argument.firstIndex(of: "=") else {
            return .failure(AmendmentError("'\(argument)' is not of the form section.key=value"))
        }
        let path = argument[..<equals].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var value = String(argument[argument.index(after: equals)...])
        guard path.count == 2,
            path.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
        else {
            return .failure(
                AmendmentError(
                    "'\(argument[..<equals])' is not of the form section.key (e.g. governance.meetings_per_year)"))
        }
        if !TOMLParser.parse("v = " + value, path: "--set").isValid {
            value = "\"" + value.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        }
        return .success(SelectionsAmendment(section: path[0], key: path[1], valueText: value))
    }

    /// `set governance.meetings_per_year = 6`.
    public var summary: String { "set \(section).\(key) = \(valueText)" }

    /// The text with this amendment applied: an existing value is replaced in place, a missing key is added
    /// under its section's header, and a missing section is appended.
    public func apply(to document: TOMLDocument) -> Result<String, AmendmentError> {
        let text = document.source.text
        let bytes = Array(text.utf8)
        guard let sectionValue = document.root[section] else {
            let separator = bytes.last == UInt8(ascii: "\n") || bytes.isEmpty ? "" : "\n"
            return .success(text + separator + "\n[\(section)]\n\(key) = \(valueText)\n")
        }
        guard let table = sectionValue.table else {
            return .failure(
                AmendmentError("'\(section)' in the file is not a table, so '\(section).\(key)' cannot be set"))
        }
        if let existing = table[key] {
            return .success(Self.replace(bytes, existing.range, with: valueText))
        }
        let opener = sectionValue.range.lowerBound < bytes.count ? bytes[sectionValue.range.lowerBound] : 0
        if opener == UInt8(ascii: "{") {
            // An inline table: add the key before its closing brace.
            let close = sectionValue.range.upperBound - 1
            guard close > sectionValue.range.lowerBound, close < bytes.count, bytes[close] == UInt8(ascii: "}") else {
                return .failure(AmendmentError("cannot find the end of the inline table '\(section)'"))
            }
            let separator = table.isEmpty ? " " : ", "
            return .success(Self.replace(bytes, close..<close, with: separator + "\(key) = \(valueText) "))
        }
        guard opener == UInt8(ascii: "[") else {
            return .failure(
                AmendmentError(
                    "'\(section)' is written with dotted keys, so '\(key)' cannot be added automatically; add it by hand"
                ))
        }
        // Insert after the line holding the section header.
        var lineEnd = min(sectionValue.range.upperBound, bytes.count)
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        guard lineEnd < bytes.count || sectionValue.range.upperBound <= bytes.count else {
            return .failure(AmendmentError("cannot find where to add '\(key)' in [\(section)]"))
        }
        let insertion = lineEnd < bytes.count ? lineEnd + 1 : bytes.count
        let prefix = insertion == bytes.count && bytes.last != UInt8(ascii: "\n") ? "\n" : ""
        return .success(Self.replace(bytes, insertion..<insertion, with: prefix + "\(key) = \(valueText)\n"))
    }

    private static func replace(_ bytes: [UInt8], _ range: Range<Int>, with text: String) -> String {
        let lower = min(range.lowerBound, bytes.count)
        let upper = min(max(range.upperBound, lower), bytes.count)
        return String(decoding: bytes[..<lower] + Array(text.utf8) + bytes[upper...], as: UTF8.self)
    }
}

/// Why an amendment could not be applied.
public struct AmendmentError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
