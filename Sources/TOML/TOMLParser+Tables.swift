import Diagnostics

/// Table headers and storing values, with TOML's rules on what may be defined twice or added to later.
///
/// - `[a.b.c]` creates `a` and `a.b` implicitly; a later `[a]` may define `a` once. No table is defined twice.
/// - `x.y = 1` creates `x` through dotted keys; a header may not reopen `x`, but `[x.z]` may add a sub-table.
/// - Dotted keys may not add to a table defined by a header, to an inline table, or to an array of tables.
/// - `[[a]]` appends a table to an array of tables; `[a.b]` then adds to the last one appended.
///
/// Breaking a rule is reported at the second definition, with a note at the first, and reading goes on.
extension TOMLParser {
    /// Reads `[key]` or `[[key]]` and makes the table it names the ``current`` one.
    mutating func parseTableHeader() throws(TOMLSyntaxError) {
        let start = cursor.index
        let isArray = cursor.peek(1) == .openBracket
        cursor.advance(isArray ? 2 : 1)
        cursor.skipWhitespace()
        let key = try parseKey(expecting: isArray ? "a table name after '[['" : "a table name after '['")
        guard cursor.peek() == .closeBracket, !isArray || cursor.peek(1) == .closeBracket else {
            if cursor.peek() == .closeBracket { cursor.advance() }
            throw unexpected(isArray ? "']]' to close the table header" : "']' to close the table header")
        }
        cursor.advance(isArray ? 2 : 1)
        let header = start..<cursor.index
        if let table = try openTable(key: key, header: header, isArray: isArray) {
            current = table
        } else {
            // Keys under a rejected header go to a table of their own, so they add no second error.
            current = arena.makeTable(
                origin: .header, range: header, depth: key.count, parent: nil,
                keyPrefix: keys[key].dropLast().map(\.name), name: keys[key.upperBound - 1].name)
        }
        popKeys(key)
    }

    private mutating func openTable(key: Range<Int>, header: Range<Int>, isArray: Bool) throws(TOMLSyntaxError) -> Int?
    {
        var table = 0
        for position in key.dropLast() {
            guard let next = try descendForHeader(from: table, segment: keys[position]) else { return nil }
            table = next
        }
        let last = keys[key.upperBound - 1]
        guard let (position, found) = arena.lookup(last.name, in: table) else {
            let depth = arena[table].depth + (isArray ? 2 : 1)
            try checkDepth(depth, at: last.range)
            let child = arena.makeTable(
                origin: .header, range: header, depth: depth, parent: table, name: last.name, capacity: 8)
            let node: TableArena.Child =
                isArray ? .tableArray(arena.makeArray(first: child, range: header)) : .table(child)
            arena.appendChild(last.name, keyRange: last.range, child: node, to: table)
            return child
        }
        switch (found, isArray) {
        case (.child(.tableArray(let array), _), true):
            // Tables in an array usually share a shape: make room for as many keys as the previous one has.
            let previous = arena.arrays[array].elements.last.map { arena[$0].entries.count } ?? 0
            let element = arena.makeTable(
                origin: .header, range: header, depth: arena[table].depth + 2, parent: table, name: last.name,
                capacity: max(previous, 4))
            arena.appendElement(element, toArray: array)
            return element
        case (.child(.table(let child), _), false) where arena[child].origin == .implicit:
            arena[child].origin = .header
            arena[child].range = header
            arena[table].entries.setKeyRange(last.range, at: position)
            return child
        default:
            reportHeaderConflict(found, isArray: isArray, path: pathText(table, last.name), header: header)
            return nil
        }
    }

    /// Reports why a `[x]` or `[[x]]` header cannot open what `x` already holds.
    private mutating func reportHeaderConflict(
        _ found: TableArena.Lookup, isArray: Bool, path: String, header: Range<Int>
    ) {
        let here = span(header)
        switch (found, isArray) {
        case (.child(.table(let child), _), false) where arena[child].origin == .dotted:
            report(.dottedTableReopened(path, at: here, firstDefinedAt: span(arena[child].range)))
        case (.child(.table(let child), _), false):
            report(.tableRedefined(path, at: here, firstDefinedAt: span(arena[child].range)))
        case (.child(.tableArray(let array), _), false):
            report(.arrayOfTablesReopened(path, at: here, firstDefinedAt: span(arena.arrays[array].range)))
        case (.child(.table(let child), _), true):
            report(.notAnArrayOfTables(path, typeName: "table", at: here, firstDefinedAt: span(arena[child].range)))
        case (.child(.tableArray, _), true):
            break
        case (.value(let value, let keyRange), false):
            reportNotATable(value, path: path, at: here, keyRange: keyRange)
        case (.value(let value, let keyRange), true):
            let typeName = value.table == nil ? value.typeName : "inline table"
            report(.notAnArrayOfTables(path, typeName: typeName, at: here, firstDefinedAt: span(keyRange)))
        }
    }

    /// The table a header segment passes through: an existing table, the last table of an array of tables,
    /// or a new implicit table.
    private mutating func descendForHeader(from table: Int, segment: KeySegment) throws(TOMLSyntaxError) -> Int? {
        guard let (_, found) = arena.lookup(segment.name, in: table) else {
            try checkDepth(arena[table].depth + 1, at: segment.range)
            return makeChild(of: table, segment: segment, origin: .implicit)
        }
        switch found {
        case .child(.table(let child), _):
            return child
        case .child(.tableArray(let array), _):
            return arena.arrays[array].elements.last
        case .value(let value, let keyRange):
            reportNotATable(value, path: pathText(table, segment.name), at: span(segment.range), keyRange: keyRange)
            return nil
        }
    }

    /// Stores `value` under a possibly dotted `key` (positions in ``keys``) in `table`, creating the tables
    /// the dotted key names. Reports a duplicate key or a forbidden addition instead of storing.
    @inline(__always)
    mutating func store(_ value: consuming TOMLValue, key: Range<Int>, in table: Int) {
        var target = table
        for position in key.dropLast() {
            guard let next = descendForDottedKey(from: target, segment: keys[position]) else { return }
            target = next
        }
        let last = keys[key.upperBound - 1]
        if let (_, found) = arena.lookup(last.name, in: target) {
            let first: Range<Int>
            switch found {
            case .value(_, let keyRange), .child(_, let keyRange): first = keyRange
            }
            report(.duplicateKey(pathText(target, last.name), at: span(last.range), firstDefinedAt: span(first)))
            return
        }
        arena.appendValue(last.name, keyRange: last.range, value: value, to: target)
    }

    private mutating func descendForDottedKey(from table: Int, segment: KeySegment) -> Int? {
        guard let (_, found) = arena.lookup(segment.name, in: table) else {
            // The value's depth was checked before it was read, so this table is within the limit.
            return makeChild(of: table, segment: segment, origin: .dotted)
        }
        switch found {
        case .child(.table(let child), _) where arena[child].origin == .dotted:
            return child
        case .child(.table(let child), _) where arena[child].origin == .implicit:
            arena[child].origin = .dotted
            return child
        case .child(.table(let child), _):
            let path = pathText(table, segment.name)
            report(.headerTableExtended(path, at: span(segment.range), firstDefinedAt: span(arena[child].range)))
        case .child(.tableArray(let array), _):
            let path = pathText(table, segment.name)
            report(
                .arrayOfTablesExtended(path, at: span(segment.range), firstDefinedAt: span(arena.arrays[array].range)))
        case .value(let value, let keyRange):
            reportNotATable(value, path: pathText(table, segment.name), at: span(segment.range), keyRange: keyRange)
        }
        return nil
    }

    private mutating func makeChild(of table: Int, segment: KeySegment, origin: TableArena.Origin) -> Int {
        let child = arena.makeTable(
            origin: origin, range: segment.range, depth: arena[table].depth + 1, parent: table, name: segment.name)
        arena.appendChild(segment.name, keyRange: segment.range, child: .table(child), to: table)
        return child
    }

    private func checkDepth(_ depth: Int, at range: Range<Int>) throws(TOMLSyntaxError) {
        guard depth <= Self.maxDepth else {
            throw TOMLSyntaxError(.nestingTooDeep(limit: Self.maxDepth, at: span(range)))
        }
    }

    /// The path of `name` in `table`, as TOML text, for messages.
    private func pathText(_ table: Int, _ name: String) -> String {
        KeyPathText.render(arena.path(table) + [name])
    }

    /// A key that holds a value is used as a table: an inline table is closed, anything else is not a table.
    private mutating func reportNotATable(_ value: TOMLValue, path: String, at here: SourceSpan, keyRange: Range<Int>) {
        if value.table != nil {
            report(.inlineTableExtended(path, at: here, firstDefinedAt: span(value.range)))
        } else {
            report(.notATable(path, typeName: value.typeName, at: here, firstDefinedAt: span(keyRange)))
        }
    }
}
