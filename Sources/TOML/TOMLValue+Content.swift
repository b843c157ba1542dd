extension TOMLValue {
    /// Whether `other` holds the same value, wherever each was written: ranges and strings' offset maps are
    /// ignored, tables compare key by key in order, and a NaN float equals a NaN float.
    ///
    /// This is what "reads back as the same value" means for ``TOMLWriter``.
    public func hasSameContent(as other: TOMLValue) -> Bool {
        switch (kind, other.kind) {
        case (.string(let left, _), .string(let right, _)): left == right
        case (.integer(let left), .integer(let right)): left == right
        case (.float(let left), .float(let right)): left == right || (left.isNaN && right.isNaN)
        case (.boolean(let left), .boolean(let right)): left == right
        case (.dateTime(let left), .dateTime(let right)): left == right
        case (.array(let left), .array(let right)):
            left.count == right.count && zip(left, right).allSatisfy { $0.hasSameContent(as: $1) }
        case (.table(let left), .table(let right)):
            left.count == right.count
                && zip(left.entries, right.entries).allSatisfy {
                    $0.key == $1.key && $0.value.hasSameContent(as: $1.value)
                }
        default: false
        }
    }
}
