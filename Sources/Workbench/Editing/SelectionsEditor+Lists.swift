import Rulebook
import TOML

/// Whole lists written into the file's text: the `[[path]]` blocks of the list are taken out and the new
/// ones, written by ``TOMLWriter``, go where the first of them stood (or at the end of the file when there
/// were none). Everything outside those blocks (comments and blank lines between them included) stays as it
/// was; comments inside a block go with it.
extension SelectionsEditor {
    /// `text` with `changes` applied in order (a later one wins on the same key or list), read back and
    /// refused unless each value and each list holds exactly what was asked for.
    ///
    /// - Throws: ``HTTPError`` (422) when the text is not valid TOML, a change cannot be placed in it, or
    ///   the result would not read back as asked.
    static func apply(changes: [SelectionsChange], to text: String) throws(HTTPError) -> String {
        var edited = text
        var amendments: [SelectionsAmendment] = []
        var lists: [String: ListReplacement] = [:]
        for change in changes {
            switch change {
            case .value(let amendment):
                edited = try apply([amendment], to: edited)
                amendments.append(amendment)
            case .list(let replacement):
                edited = try replace(replacement, in: edited)
                lists[replacement.name] = replacement
            }
        }
        try verify(amendments, in: edited)
        let parsed = TOMLParser.parse(edited, path: "edited")
        for replacement in lists.values
        where !parsed.isValid || !replacement.isHeld(by: value(at: replacement.path, in: parsed.document)) {
            throw HTTPError(
                .badBody(
                    "the list '\(replacement.name)' cannot be placed in the file's text as written; edit the file by hand"
                ))
        }
        return edited
    }

    /// `text` with the list `replacement.path` replaced by its records.
    ///
    /// - Throws: ``HTTPError`` (422) when the text is not valid TOML, the list is written some other way than
    ///   as `[[...]]` tables, or the result does not read back with exactly the records.
    static func replace(_ replacement: ListReplacement, in text: String) throws(HTTPError) -> String {
        let parsed = TOMLParser.parse(text, path: "selections")
        guard parsed.isValid else {
            throw HTTPError(
                .badBody("the file's text is not valid TOML, so a list cannot be placed in it; correct it first"))
        }
        let bytes = Array(text.utf8)
        let blocks = try replacement.blocks()
        let edited: String
        if let existing = value(at: replacement.path, in: parsed.document),
            existing.array?.isEmpty != true || !blocks.isEmpty
        {
            let extents = try blockExtents(existing, bytes: bytes, name: replacement.name)
            edited = splice(bytes, removing: extents, inserting: blocks)
        } else if blocks.isEmpty {
            return text
        } else {
            edited = try append(blocks, to: text)
        }
        let reread = TOMLParser.parse(edited, path: "edited")
        guard reread.isValid, replacement.isHeld(by: value(at: replacement.path, in: reread.document)) else {
            throw HTTPError(
                .badBody(
                    "the list '\(replacement.name)' cannot be placed in the file's text as written; edit the file by hand"
                ))
        }
        return edited
    }

    /// The value at `path` in `document`, if every step of it is there.
    static func value(at path: [String], in document: TOMLDocument) -> TOMLValue? {
        var table = document.root
        for key in path.dropLast() {
            guard let inner = table[key]?.table else { return nil }
            table = inner
        }
        return path.last.flatMap { table[$0] }
    }

    /// The byte ranges of each `[[...]]` block of `list`: from the start of its header's line to the end of
    /// the line of its last value; for every block after the first, the blank lines just before it too.
    private static func blockExtents(_ list: TOMLValue, bytes: [UInt8], name: String) throws(HTTPError) -> [Range<Int>]
    {
        guard let items = list.array, !items.isEmpty,
            items.allSatisfy({ item in
                item.table != nil && bytes.indices.contains(item.range.lowerBound + 1)
                    && bytes[item.range.lowerBound] == UInt8(ascii: "[")
                    && bytes[item.range.lowerBound + 1] == UInt8(ascii: "[")
            })
        else {
            throw HTTPError(
                .badBody(
                    "'\(name)' is not written as [[\(name)]] tables, so it cannot be changed here; edit the file by hand"
                ))
        }
        var extents: [Range<Int>] = []
        for (index, item) in items.enumerated() {
            var start = lineStart(item.range.lowerBound, in: bytes)
            if index > 0, let previous = extents.last {
                while start > previous.upperBound, let before = previousLine(start, in: bytes),
                    isBlank(before, in: bytes)
                {
                    start = before.lowerBound
                }
            }
            let end = lineEnd(lastOffset(in: item), in: bytes)
            extents.append(start..<max(start, end))
        }
        return extents
    }

    /// `bytes` without `extents` (in order, not overlapping), with `text` where the first one began.
    private static func splice(_ bytes: [UInt8], removing extents: [Range<Int>], inserting text: String) -> String {
        guard let first = extents.first else { return String(decoding: bytes, as: UTF8.self) }
        var out = Array(bytes[..<first.lowerBound]) + Array(text.utf8)
        for (index, extent) in extents.enumerated() {
            let next = index + 1 < extents.count ? extents[index + 1].lowerBound : bytes.count
            out += bytes[extent.upperBound..<next]
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The last byte any key or value inside `value` reaches.
    private static func lastOffset(in value: TOMLValue) -> Int {
        var last = max(value.range.lowerBound, value.range.upperBound - 1)
        if let table = value.table {
            for entry in table.entries {
                last = max(last, entry.keyRange.upperBound - 1, lastOffset(in: entry.value))
            }
        } else if let items = value.array {
            for item in items { last = max(last, lastOffset(in: item)) }
        }
        return last
    }

    private static func lineStart(_ offset: Int, in bytes: [UInt8]) -> Int {
        var start = min(offset, bytes.count)
        while start > 0, bytes[start - 1] == UInt8(ascii: " ") || bytes[start - 1] == UInt8(ascii: "\t") {
            start -= 1
        }
        return start > 0 && bytes[start - 1] != UInt8(ascii: "\n") ? offset : start
    }

    /// Just past the newline ending the line that holds `offset` (or the end of the text).
    private static func lineEnd(_ offset: Int, in bytes: [UInt8]) -> Int {
        guard offset < bytes.count else { return bytes.count }
        return bytes[offset...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
    }

    /// The line before the one starting at `start`, with its newline.
    private static func previousLine(_ start: Int, in bytes: [UInt8]) -> Range<Int>? {
        guard start > 0, bytes[start - 1] == UInt8(ascii: "\n") else { return nil }
        var begin = start - 1
        while begin > 0, bytes[begin - 1] != UInt8(ascii: "\n") { begin -= 1 }
        return begin..<start
    }

    private static func isBlank(_ line: Range<Int>, in bytes: [UInt8]) -> Bool {
        bytes[line].allSatisfy {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r")
        }
    }
}
