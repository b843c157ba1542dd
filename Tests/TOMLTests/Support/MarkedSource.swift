import Testing

/// TOML source with location markers (`1️⃣` … `9️⃣`) that are removed from the text and remembered as
/// UTF-8 byte offsets, so tests can say where a diagnostic or value should be.
struct MarkedSource {
    let text: String
    private let offsets: [Character: Int]

    static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    init(_ marked: String) {
        var text = ""
        var offsets: [Character: Int] = [:]
        for character in marked {
            if Self.markers.contains(character) {
                offsets[character] = text.utf8.count
            } else {
                text.append(character)
            }
        }
        self.text = text
        self.offsets = offsets
    }

    /// The byte offset of a marker; a missing marker is a mistake in the test and is recorded as an issue.
    func offset(_ marker: Character, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        guard let offset = offsets[marker] else {
            Issue.record("marker \(marker) is not in the source", sourceLocation: sourceLocation)
            return -1
        }
        return offset
    }

    /// The byte range between two markers.
    func range(_ from: Character, _ to: Character, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Range<Int> {
        offset(from, sourceLocation: sourceLocation)..<max(offset(to, sourceLocation: sourceLocation), offset(from))
    }
}
