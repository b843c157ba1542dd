/// Text built from input with an upper bound on its size: once the bound is reached the text is cut at a
/// character boundary and ends with ``marker``, and nothing more is added.
///
/// Used for diagnostic messages (``MessageDescriptor``) and for rendered templates, so a menu's nested
/// `{{#each}}` or a megabyte-long name in a file cannot make a message of megabytes.
public struct BoundedText: Sendable, Hashable {
    /// The default bound, in UTF-8 bytes (64 KB).
    public static let defaultLimit = 65_536
    /// Appended where the text was cut.
    public static let marker = " … [cut: the text is longer than clpconf shows]"

    /// The most UTF-8 bytes kept, before the marker.
    public let limit: Int
    /// The text so far (ending with ``marker`` once full).
    public private(set) var text = ""
    /// Whether the bound was reached.
    public private(set) var isFull = false

    /// An empty text bounded by `limit` UTF-8 bytes.
    public init(limit: Int = BoundedText.defaultLimit) {
        self.limit = max(0, limit)
    }

    /// Appends `piece`, or as much of it as fits, cutting at a character boundary and marking the cut.
    public mutating func append(_ piece: String) {
        guard !isFull else { return }
        let room = limit - text.utf8.count
        if piece.utf8.count <= room {
            text += piece
            return
        }
        var used = 0
        var end = piece.startIndex
        for character in piece {
            let size = character.utf8.count
            guard used + size <= room else { break }
            used += size
            end = piece.index(after: end)
        }
        text += piece[..<end]
        cut()
    }

    /// Marks the text as cut here (when the work, not the size, ran out).
    public mutating func cut() {
        guard !isFull else { return }
        text += Self.marker
        isFull = true
    }

    /// `text` itself when it fits in `limit` bytes, else its first part and ``marker``.
    public static func bounded(_ text: String, limit: Int = defaultLimit) -> String {
        guard text.utf8.count > limit else { return text }
        var bounded = BoundedText(limit: limit)
        bounded.append(text)
        return bounded.text
    }
}
