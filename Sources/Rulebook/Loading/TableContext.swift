/// How a table is named in messages (`option 'governance.delegate_gc'`, `[[post]]`, `[agm]`), kept in
/// pieces and worded only when a message needs it: a loader names every table it reads, and nearly all of
/// them have nothing wrong.
struct TableContext: Sendable, ExpressibleByStringLiteral {
    private let prefix: StaticString
    private let name: String
    private let member: String?
    private let suffix: StaticString

    /// `prefix`, `name`, then `.member` if there is one, then `suffix`: `TableContext("option '", section,
    /// id, "'")` reads `option 'governance.delegate_gc'`.
    init(_ prefix: StaticString, _ name: String, _ member: String? = nil, _ suffix: StaticString = "") {
        self.prefix = prefix
        self.name = name
        self.member = member
        self.suffix = suffix
    }

    init(stringLiteral value: StaticString) {
        self.init(value, "")
    }

    /// A context already worded.
    init(text: String) {
        self.init("", text)
    }

    /// The words.
    var text: String {
        var text = prefix.description + name
        if let member { text += "." + member }
        return text + suffix.description
    }
}
