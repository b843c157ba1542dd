import RuleLanguage

/// Numbers parts and their clauses in order (`Part 2`, clause `2.4`), then replaces each cross-reference
/// `[[clause ID]]` in the text with the number it has this year: "clause 2.4". A reference to a clause
/// that is not in this year's standing orders names it by title instead, so no number is ever wrong.
enum ClauseNumbering {
    static func number(_ parts: [StandingOrders.Part], titles: [String: String]) -> [StandingOrders.Part] {
        var numbered = parts
        var numbers: [String: String] = [:]
        for partIndex in numbered.indices {
            numbered[partIndex].number = partIndex + 1
            for index in numbered[partIndex].provisions.indices {
                let number = "\(partIndex + 1).\(index + 1)"
                numbered[partIndex].provisions[index].number = number
                let id = numbered[partIndex].provisions[index].id
                numbers[id] = number
                // A bare id finds a section's clause too, when only one clause has it.
                if let bare = id.dottedParts().last.map(String.init), bare != id {
                    numbers[bare] = numbers[bare] == nil ? number : ""
                }
            }
        }
        for partIndex in numbered.indices {
            // A local addition is the CLP's text as written: nothing in it is resolved.
            for index in numbered[partIndex].provisions.indices
            where !numbered[partIndex].provisions[index].trace.isLocalAddition {
                numbered[partIndex].provisions[index].paragraphs = numbered[partIndex].provisions[index].paragraphs.map
                {
                    $0.map { resolve($0, numbers: numbers, titles: titles) }
                }
            }
        }
        return numbered
    }

    static let opener = "[[clause "

    /// The ids of every `[[clause ID]]` in `text`, in order.
    static func references(in text: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(text)
        while let start = rest.firstRange(of: opener), let close = rest[start.upperBound...].firstRange(of: "]]") {
            ids.append(String(rest[start.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return ids
    }

    /// Whether the bytes of ``opener`` occur in `text`: when they do not, neither do its characters, and the
    /// character-by-character search (slow on a long clause) is not needed.
    private static func mayContainOpener(_ text: String) -> Bool {
        let pattern = Array(opener.utf8)
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            for start in 0...(bytes.count - pattern.count) where bytes[start] == pattern[0] {
                if bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
            }
            return false
        }
    }

    /// `text` with every `[[clause ID]]` replaced.
    static func resolve(_ text: String, numbers: [String: String], titles: [String: String]) -> String {
        guard mayContainOpener(text), text.contains(opener) else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: opener) {
            result += rest[..<start.lowerBound]
            let afterOpener = rest[start.upperBound...]
            guard let close = afterOpener.firstRange(of: "]]") else {
                result += rest[start.lowerBound...]
                return result
            }
            let id = String(afterOpener[..<close.lowerBound])
            if let number = numbers[id], !number.isEmpty {
                result += "clause " + number
            } else {
                let title = titles[id] ?? titles.first { $0.key.hasSuffix("." + id) }?.value ?? id
                result += "the standing order on \u{201C}" + title + "\u{201D}"
            }
            rest = afterOpener[close.upperBound...]
        }
        return result + rest
    }
}
