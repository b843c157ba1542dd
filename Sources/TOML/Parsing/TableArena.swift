/// The tables of a document while it is being read, addressed by index so that building them involves no
/// reference counting. Each knows how it was created, because TOML's redefinition rules depend on that.
///
/// Plain values go straight into each table's final ``TOMLTable``; an entry holding a sub-table or an array
/// of tables gets a placeholder value and a child record, and ``build(_:)`` puts the finished children in place.
struct TableArena {
    /// How a table came to exist, which decides what may later add to it.
    enum Origin {
        /// Created as a parent of a deeper `[a.b.c]` header; a later `[a]` header may still define it once.
        case implicit
        /// Defined by its own `[header]` (or as an element of `[[header]]`).
        case header
        /// Created by a dotted key such as `a.b = 1`; a header may not reopen it.
        case dotted
        /// Written as an inline table `{ ... }`; closed once its `}` is read.
        case inline
    }

    /// An entry that holds a table still being built: a table or an array of tables (both by index).
    enum Child {
        case table(Int)
        case tableArray(Int)
    }

    /// What a key of a table holds.
    enum Lookup {
        case value(TOMLValue, keyRange: Range<Int>)
        case child(Child, keyRange: Range<Int>)
    }

    struct Table {
        var origin: Origin
        /// The value range: the header, the inline table's braces, or the key that first created it.
        var range: Range<Int>
        /// Nesting depth: the root is 0, and each table or array level adds one.
        let depth: Int
        /// For messages: the table this one is named in (nil for the root and detached tables), extra key
        /// segments before the name (an inline table under a dotted key), and the name.
        let parent: Int?
        let keyPrefix: [String]
        let name: String?
        var entries = TOMLTable()
        /// Positions in ``entries`` that hold a child, ascending.
        var children: [(position: Int, child: Child)] = []
    }

    /// An array of tables (`[[name]]`): each header appends one table.
    struct TableArray {
        var elements: [Int]
        /// The first `[[name]]` header.
        let range: Range<Int>
    }

    private(set) var tables: [Table] = []
    private(set) var arrays: [TableArray] = []

    /// - Parameter expectedTables: a guess at how many tables the document has, to size storage once.
    init(expectedTables: Int = 0) {
        tables.reserveCapacity(max(expectedTables, 1))
    }

    /// Adds a table and returns its index.
    ///
    /// - Parameter capacity: how many entries to make room for at once (a guess; 0 leaves it to the first key).
    mutating func makeTable(
        origin: Origin, range: Range<Int>, depth: Int, parent: Int?, keyPrefix: [String] = [], name: String?,
        capacity: Int = 0
    ) -> Int {
        tables.append(
            Table(origin: origin, range: range, depth: depth, parent: parent, keyPrefix: keyPrefix, name: name))
        if capacity > 0 { tables[tables.count - 1].entries.reserveCapacity(capacity) }
        return tables.count - 1
    }

    /// Adds an array of tables holding `first` and returns its index.
    mutating func makeArray(first: Int, range: Range<Int>) -> Int {
        arrays.append(TableArray(elements: [first], range: range))
        return arrays.count - 1
    }

    mutating func appendElement(_ table: Int, toArray array: Int) {
        arrays[array].elements.append(table)
    }

    /// Drops every table from `table` on; used when a finished inline table has been built.
    mutating func truncate(to table: Int) {
        if table < tables.count { tables.removeSubrange(table...) }
    }

    subscript(table: Int) -> Table {
        _read { yield tables[table] }
        _modify { yield &tables[table] }
    }

    /// The key path of `table` from the root, for messages.
    func path(_ table: Int) -> [String] {
        var chain: [Int] = []
        var next: Int? = table
        while let index = next, chain.count <= tables.count {
            chain.append(index)
            next = tables[index].parent
        }
        var segments: [String] = []
        for index in chain.reversed() {
            segments += tables[index].keyPrefix
            if let name = tables[index].name { segments.append(name) }
        }
        return segments
    }

    /// What `key` holds in `table`, and its position, if it is present.
    @inline(__always)
    func lookup(_ key: String, in table: Int) -> (position: Int, Lookup)? {
        guard let position = tables[table].entries.position(of: key) else { return nil }
        let entry = tables[table].entries.entries[position]
        if let child = child(of: table, at: position) {
            return (position, .child(child, keyRange: entry.keyRange))
        }
        return (position, .value(entry.value, keyRange: entry.keyRange))
    }

    private func child(of table: Int, at position: Int) -> Child? {
        let children = tables[table].children
        var low = 0
        var high = children.count
        while low < high {
            let mid = (low + high) / 2
            if children[mid].position < position { low = mid + 1 } else { high = mid }
        }
        return low < children.count && children[low].position == position ? children[low].child : nil
    }

    /// Adds a value under a key the caller has checked is new.
    @inline(__always)
    mutating func appendValue(_ key: String, keyRange: Range<Int>, value: consuming TOMLValue, to table: Int) {
        tables[table].entries.appendNew(TOMLTable.Entry(key: key, keyRange: keyRange, value: value))
    }

    /// Adds a child under a key the caller has checked is new.
    mutating func appendChild(_ key: String, keyRange: Range<Int>, child: Child, to table: Int) {
        if tables[table].children.isEmpty { tables[table].children.reserveCapacity(4) }
        tables[table].children.append((tables[table].entries.count, child))
        tables[table].entries.appendNew(TOMLTable.Entry(key: key, keyRange: keyRange, value: Self.placeholder))
    }

    private static let placeholder = TOMLValue(.boolean(false), range: 0..<0)

    /// The finished `table`, with every child built in place. Call once per table: it is emptied.
    /// Recursion depth is bounded by the parser's nesting limit.
    mutating func build(_ table: Int) -> TOMLTable {
        var result = TOMLTable()
        swap(&result, &tables[table].entries)
        var children: [(position: Int, child: Child)] = []
        swap(&children, &tables[table].children)
        for (position, child) in children {
            switch child {
            case .table(let index):
                result.setValue(buildValue(index), at: position)
            case .tableArray(let index):
                let members = arrays[index].elements
                var elements: [TOMLValue] = []
                elements.reserveCapacity(members.count)
                for member in members { elements.append(buildValue(member)) }
                result.setValue(TOMLValue(.array(elements), range: arrays[index].range), at: position)
            }
        }
        return result
    }

    /// `table` as a value.
    mutating func buildValue(_ table: Int) -> TOMLValue {
        let range = tables[table].range
        return TOMLValue(.table(build(table)), range: range)
    }
}
