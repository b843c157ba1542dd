import Testing

/// Text with inline location markers (`1️⃣` … `9️⃣`) removed and remembered as UTF-8 byte offsets, so a
/// test can say exactly where a diagnostic should point.
struct MarkedText {
    static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    /// The text without its markers.
    let text: String
    private let offsets: [Character: Int]

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

    /// The byte offset of `marker`; a missing marker is a mistake in the test and is recorded as an issue.
    func offset(_ marker: Character, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Int {
        guard let offset = offsets[marker] else {
            Issue.record("marker \(marker) is not in the text", sourceLocation: sourceLocation)
            return -1
        }
        return offset
    }
}
