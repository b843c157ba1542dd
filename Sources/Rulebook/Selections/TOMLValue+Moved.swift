import Diagnostics
import TOML

extension TOMLValue {
    /// This value with every offset in it moved by `delta`: its range, its strings' offset maps, and the
    /// ranges of its items, keys and values all the way down (bounded by the reader's nesting limit).
    func moved(by delta: Int) -> TOMLValue {
        let kind: Kind =
            switch self.kind {
            case .string(let text, let map):
                .string(
                    text,
                    TextOffsetMap(
                        base: map.base + delta,
                        segments: map.segments.map { .init(decoded: $0.decoded, source: $0.source + delta) }))
            case .array(let items): .array(items.map { $0.moved(by: delta) })
            case .table(let table):
                .table(
                    TOMLTable(
                        table.entries.map {
                            TOMLTable.Entry(
                                key: $0.key, keyRange: $0.keyRange.moved(by: delta), value: $0.value.moved(by: delta))
                        }))
            case .integer, .float, .boolean, .dateTime: self.kind
            }
        return TOMLValue(kind, range: range.moved(by: delta))
    }
}
