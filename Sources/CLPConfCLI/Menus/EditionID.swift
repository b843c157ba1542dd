/// The shape of an edition id: lowercase ASCII letters, digits, `_` and `-`, 1 to 64 of them.
///
/// An id names a folder directly inside a menus folder and nothing else: it can hold no `/`, no `..`
/// and no space, so an id read from a file can never reach a folder outside the menus folders.
enum EditionID {
    /// The longest id accepted.
    static let maximumLength = 64

    /// Whether `text` is an edition id.
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return !bytes.isEmpty && bytes.count <= maximumLength
            && bytes.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                    || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            }
    }

    /// Why `text` is not an edition id, in words that follow "'text' is not an edition id".
    static let rule =
        "an edition is named by its id (lowercase letters, digits, '_' and '-', at most \(maximumLength) of them, "
        + "such as '2019') and found in the menus folders, never by a path"
}
