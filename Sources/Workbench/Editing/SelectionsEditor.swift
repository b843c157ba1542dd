import Rulebook
import TOML

/// Writes changes into a selections file's *text*, keeping everything else as the secretary wrote it
/// (comments, order, layout): a value already there is replaced where it stands, a missing key is added at
/// the end of its section's block, a missing section is added at the end of the file. Each value is the
/// ``SelectionsAmendment``'s own, written by ``TOMLWriter``; the result is read back and refused unless it
/// is valid TOML that holds exactly the values asked for.
enum SelectionsEditor {
    /// `text` with `amendments` applied in order (a later one wins on the same key).
    ///
    /// - Throws: ``HTTPError`` (422) when the text is not valid TOML, a section is not a table or is written
    ///   inline, or the edited text would not read back with the values asked for.
    static func apply(_ amendments: [SelectionsAmendment], to text: String) throws(HTTPError) -> String {
        var edited = text
        for amendment in amendments {
            edited = try applyOne(amendment, to: edited)
        }
        try verify(amendments, in: edited)
        return edited
    }

    /// `text` with `block` (whole lines) added at its end, read back to check it is still valid TOML.
    static func append(_ block: String, to text: String) throws(HTTPError) -> String {
        let edited = text + (text.isEmpty || text.hasSuffix("\n") ? "" : "\n") + "\n" + block
        guard TOMLParser.parse(edited, path: "edited").isValid else {
            throw HTTPError(.badBody("the record cannot be added to the file's text without breaking its TOML"))
        }
        return edited
    }

    private static func applyOne(_ amendment: SelectionsAmendment, to text: String) throws(HTTPError) -> String {
        let parsed = TOMLParser.parse(text, path: "selections")
        guard parsed.isValid else {
            throw HTTPError(
                .badBody("the file's text is not valid TOML, so a change cannot be placed in it; correct it first"))
        }
        let bytes = Array(text.utf8)
        let assignment = TOMLWriter.key(amendment.key) + " = " + amendment.valueText
        guard let section = parsed.document.root.entry(amendment.section) else {
            return try append(TOMLWriter.tableHeader([amendment.section]) + "\n" + assignment + "\n", to: text)
        }
        guard let table = section.value.table, bytes.indices.contains(section.value.range.lowerBound),
            bytes[section.value.range.lowerBound] != UInt8(ascii: "{")
        else {
            throw HTTPError(
                .badBody(
                    "'\(amendment.section)' is not written as a [\(amendment.section)] table, so it cannot be changed here"
                ))
        }
        if let entry = table.entry(amendment.key) {
            return splice(bytes, replacing: entry.value.range, with: amendment.valueText)
        }
        let scalars = table.entries.filter { entry in
            if entry.value.table != nil { return false }
            if let items = entry.value.array, items.contains(where: { $0.table != nil }) { return false }
            return true
        }
        let after = scalars.map(\.value.range.upperBound).max() ?? section.keyRange.upperBound
        let lineEnd = bytes[after...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
        let prefix = lineEnd == bytes.count && !(bytes.last == UInt8(ascii: "\n")) ? "\n" : ""
        return splice(bytes, replacing: lineEnd..<lineEnd, with: prefix + assignment + "\n")
    }

    private static func splice(_ bytes: [UInt8], replacing range: Range<Int>, with text: String) -> String {
        String(decoding: bytes[..<range.lowerBound] + Array(text.utf8) + bytes[range.upperBound...], as: UTF8.self)
    }

    /// Refuses `text` unless it is valid TOML in which each amended key holds the amendment's value.
    static func verify(_ amendments: [SelectionsAmendment], in text: String) throws(HTTPError) {
        let parsed = TOMLParser.parse(text, path: "edited")
        var expected: [String: String] = [:]
        for amendment in amendments { expected[amendment.section + "." + amendment.key] = amendment.valueText }
        for amendment in amendments {
            guard parsed.isValid, let value = parsed.document.root[amendment.section]?.table?[amendment.key],
                let written = try? TOMLWriter.value(value.kind),
                written == expected[amendment.section + "." + amendment.key]
            else {
                throw HTTPError(
                    .badBody(
                        "'\(amendment.section).\(amendment.key)' cannot be placed in the file's text as written; "
                            + "edit the file by hand"))
            }
        }
    }
}
