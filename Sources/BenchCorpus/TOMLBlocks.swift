import TOML

/// A selections file's text as blocks, each a table header (`[facts]`, `[[facts.branch]]`) and the lines up to the
/// next, so a generator can replace a table, drop or add tables, or set one key's value, and keep every other
/// line (comments included) as written. Values are written by the caller through ``TOMLWriter``.
///
/// Made for the project's own selections files, whose headers start their lines and whose values fit on one
/// line; it is not a general TOML editor.
public struct TOMLBlocks: Sendable {
    /// One table: its header line as written, and the lines after it.
    public struct Block: Sendable, Hashable {
        public var header: String
        public var lines: [String]

        public init(header: String, lines: [String]) {
            self.header = header
            self.lines = lines
        }
    }

    /// The lines before the first header (the top-level keys).
    public var preamble: [String]
    public var blocks: [Block]

    public init(_ text: String) {
        var preamble: [String] = []
        var blocks: [Block] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("[") {
                blocks.append(Block(header: line, lines: []))
            } else if blocks.isEmpty {
                preamble.append(line)
            } else {
                blocks[blocks.count - 1].lines.append(line)
            }
        }
        self.preamble = preamble
        self.blocks = blocks
    }

    /// The text again, one line per line.
    public var text: String {
        (preamble + blocks.flatMap { [$0.header] + $0.lines }).joined(separator: "\n")
    }

    /// The header line of the table at `path`, as ``TOMLWriter`` writes it.
    public static func header(_ path: [String]) -> String { TOMLWriter.tableHeader(path) }

    /// The header line of an array-of-tables entry at `path`.
    public static func arrayHeader(_ path: [String]) -> String { TOMLWriter.arrayOfTablesHeader(path) }

    /// Sets `key` to `value` (already written by ``TOMLWriter``) in the table whose header is `header`, or among
    /// the top-level keys when it is nil: the key's line is replaced, or a line is added after the table's last
    /// key. Nothing happens when there is no such table.
    public mutating func set(_ key: String, to value: String, in header: String? = nil) {
        let line = TOMLWriter.key(key) + " = " + value
        guard let header else {
            preamble = Self.setting(line, key: key, in: preamble)
            return
        }
        guard let index = blocks.firstIndex(where: { $0.header == header }) else { return }
        blocks[index].lines = Self.setting(line, key: key, in: blocks[index].lines)
    }

    /// Removes `key`'s line from the table whose header is `header`.
    public mutating func unset(_ key: String, in header: String) {
        guard let index = blocks.firstIndex(where: { $0.header == header }) else { return }
        blocks[index].lines.removeAll { Self.assigns(key, $0) }
    }

    /// Removes every table whose header is `header`.
    public mutating func remove(_ header: String) {
        blocks.removeAll { $0.header == header }
    }

    /// Puts `added` after the last table whose header is `header` (at the end when there is none).
    public mutating func insert(_ added: [Block], after header: String) {
        let index = blocks.lastIndex { $0.header == header }.map { $0 + 1 } ?? blocks.count
        blocks.insert(contentsOf: added, at: index)
    }

    /// Replaces the lines of the table whose header is `header` (adding the table at the end when there is none).
    public mutating func replace(_ header: String, with lines: [String]) {
        if let index = blocks.firstIndex(where: { $0.header == header }) {
            blocks[index].lines = lines + [""]
        } else {
            blocks.append(Block(header: header, lines: lines + [""]))
        }
    }

    /// Moves every date written as a whole value (`key = YYYY-MM-DD`) by `years` years (29 February becomes the
    /// 28th in a year without one).
    public mutating func shiftDates(byYears years: Int) throws {
        guard years != 0 else { return }
        preamble = try preamble.map { try Self.shifted($0, years) }
        for index in blocks.indices {
            blocks[index].lines = try blocks[index].lines.map { try Self.shifted($0, years) }
        }
    }

    private static func setting(_ line: String, key: String, in lines: [String]) -> [String] {
        var lines = lines
        if let index = lines.firstIndex(where: { assigns(key, $0) }) {
            lines[index] = line
        } else {
            let end = lines.lastIndex { !$0.trimmingPrefix(" ").isEmpty && !$0.hasPrefix("#") }.map { $0 + 1 } ?? 0
            lines.insert(line, at: end)
        }
        return lines
    }

    private static func assigns(_ key: String, _ line: String) -> Bool {
        guard line.hasPrefix(key) else { return false }
        return line.dropFirst(key.count).trimmingPrefix(" ").hasPrefix("=")
    }

    /// `line` with its date value moved, when its value is a date.
    private static func shifted(_ line: String, _ years: Int) throws -> String {
        guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { return line }
        let value = line[line.index(after: equals)...].trimmingPrefix(" ")
        let digits = Array(value.prefix(10).utf8)
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-"),
            let year = Int(String(value.prefix(4))), let month = Int(String(value.dropFirst(5).prefix(2))),
            let day = Int(String(value.dropFirst(8).prefix(2)))
        else { return line }
        let moved = year + years
        let leap = moved % 4 == 0 && (moved % 100 != 0 || moved % 400 == 0)
        let date = TOMLDate(year: moved, month: month, day: month == 2 && day == 29 && !leap ? 28 : day)
        return line[...equals] + " " + (try TOMLWriter.date(date)) + value.dropFirst(10)
    }
}
