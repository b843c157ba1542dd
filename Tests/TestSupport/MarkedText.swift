import Testing

/// Text with inline location markers (`1️⃣` … `9️⃣`) removed and remembered as UTF-8 byte offsets, so a
/// test can say exactly where a diagnostic, a value or an expression node should be (STYLE rule 25).
public struct MarkedText: Sendable {
    public static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text without its markers.
    public let text: String
    /// Marker → UTF-8 offset in ``text``.
    public let offsets: [Character: Int]

    public init(_ marked: String) {
        var text = ""
        var offsets: [Character: Int] = [:]
        var utf8Count = 0
        for character in marked {
            if Self.markers.contains(character) {
                offsets[character] = utf8Count
            } else {
                text.append(character)
                utf8Count += character.utf8.count
            }
        }
        self.text = text
        self.offsets = offsets
    }

    /// The byte offset of `marker`, or -1 when it is not in the text.
    public subscript(marker: Character) -> Int {
        offsets[marker] ?? -1
    }

    /// The byte offset of `marker`; a missing marker is a mistake in the test and is recorded as an issue.
    public func offset(_ marker: Character, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        guard let offset = offsets[marker] else {
            Issue.record("marker \(marker) is not in the text", sourceLocation: sourceLocation)
            return -1
        }
        return offset
    }

    /// The byte range between two markers.
    public func range(
        _ from: Character, _ to: Character, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Range<Int> {
        let lower = offset(from, sourceLocation: sourceLocation)
        return lower..<max(offset(to, sourceLocation: sourceLocation), lower)
    }
}
