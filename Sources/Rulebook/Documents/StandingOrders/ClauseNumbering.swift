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

    static let opener: StaticString = "[[clause "

    /// The ids of every `[[clause ID]]` in `text`, in order.
    static func references(in text: String) -> [String] {
        var ids: [String] = []
        var rest = Substring(text)
        while let start = rest.firstRange(ofASCII: opener),
            let close = rest[start.upperBound...].firstRange(ofASCII: "]]")
        {
            ids.append(String(rest[start.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return ids
    }

    /// `text` with every `[[clause ID]]` replaced.
    static func resolve(_ text: String, numbers: [String: String], titles: [String: String]) -> String {
        var rest = Substring(text)
        guard var start = rest.firstRange(ofASCII: opener) else { return text }
        var result = ""
        while true {
            result += rest[..<start.lowerBound]
            let afterOpener = rest[start.upperBound...]
            guard let close = afterOpener.firstRange(ofASCII: "]]") else {
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
            guard let next = rest.firstRange(ofASCII: opener) else { return result + rest }
            start = next
        }
    }
}
