import Diagnostics
import TOML

/// `[[local_addition]]`: clauses the CLP writes in its own words, each with the `topic` (a part of the
/// standing orders) it goes under and its `text`. Text only: never evaluated, never a setting.
extension SelectionsLoader {
    /// At most this many local additions are read from a file; the rest are one S117 error.
    public static let maxLocalAdditions = 50
    /// A local addition's text may hold at most this many characters (S117 beyond).
    public static let maxLocalAdditionCharacters = 2_000

    mutating func readLocalAdditions(_ reader: inout TableReader) -> [Selections.LocalAddition] {
        let tables = reader.tables("local_addition")
        if tables.count > Self.maxLocalAdditions, let extra = tables.dropFirst(Self.maxLocalAdditions).first {
            diagnostics.append(
                SelectionsMessages.tooManyLocalAdditions(
                    tables.count, limit: Self.maxLocalAdditions, at: span(extra.1)))
        }
        let topics = edition.parts.map(\.id)
        return tables.prefix(Self.maxLocalAdditions).compactMap { table, raw in
            var inner = TableReader(
                table, range: raw.range, document: document, context: "a [[local_addition]] entry",
                vocabulary: .selections)
            defer { finish(&inner) }
            let topic = inner.string("topic", required: true)
            let text = inner.string("text", required: true)
            if let topic, !topics.contains(topic.0) {
                diagnostics.append(SelectionsMessages.unknownTopic(topic.0, topics: topics, at: span(topic.1)))
                return nil
            }
            guard let topic, let text else { return nil }
            guard text.0.contains(where: { !$0.isWhitespace }) else {
                diagnostics.append(
                    SelectionsMessages.wrongValue(
                        "local_addition.text", problem: "is empty: a local addition needs words", at: span(text.1)))
                return nil
            }
            let length = text.0.count
            guard length <= Self.maxLocalAdditionCharacters else {
                diagnostics.append(
                    SelectionsMessages.localAdditionTooLong(
                        length, limit: Self.maxLocalAdditionCharacters, at: span(text.1)))
                return nil
            }
            return Selections.LocalAddition(
                topic: .init(value: topic.0, span: span(topic.1)), text: .init(value: text.0, span: span(text.1)),
                span: span(raw))
        }
    }
}
