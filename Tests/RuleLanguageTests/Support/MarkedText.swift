/// Text with inline location markers (`1️⃣` … `9️⃣`) removed, and the UTF-8 offset of each marker.
struct MarkedText {
    static let markers: [Character] = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    let text: String
    /// Marker → UTF-8 offset in `text`.
    let offsets: [Character: Int]

    init(_ marked: String) {
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

    subscript(marker: Character) -> Int {
        offsets[marker] ?? -1
    }
}
