import Diagnostics
import TOML

/// An amendment moved at the AGM, `section.key=value`: one TOML value for one key, applied to the parsed
/// selections so the amended year can be checked as if the file said so. The file itself is never changed.
///
/// The value is read as exactly one TOML value (a bare word that is not valid TOML is taken as a string), so
/// an argument can never add a key or a table of its own; it is located in the argument, so that a problem
/// with it points at the `--set` that gave it.
public struct SelectionsAmendment: Sendable, Hashable {
    /// The argument as given, `section.key=value`.
    public let argument: String
    public let section: String
    public let key: String
    /// The value; its ranges are UTF-8 offsets into ``argument``.
    public let value: TOMLValue
    /// The value as ``TOMLWriter`` writes it: `6`, `"delegate_gc"`, `["a", "b"]`.
    public let valueText: String
    /// Where ``section`` and ``key`` are written in ``argument``.
    let sectionRange: Range<Int>
    let keyRange: Range<Int>

    /// Parses `section.key=value`; a failure says what is wrong with the form or the value.
    public static func parse(_ argument: String) -> Result<SelectionsAmendment, AmendmentError> {
        guard let equals = argument.firstIndex(of: "=") else {
            return .failure(AmendmentError("'\(argument)' is not of the form section.key=value"))
        }
        let path = argument[..<equals].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard path.count == 2,
            path.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } })
        else {
            return .failure(
                AmendmentError(
                    "'\(argument[..<equals])' is not of the form section.key (e.g. governance.meetings_per_year)"))
        }
        let keyStart = path[0].utf8.count + 1
        let valueStart = keyStart + path[1].utf8.count + 1
        let value: TOMLValue
        switch readValue(argument[argument.index(after: equals)...], at: valueStart, for: path.joined(separator: "."))
        {
        case .success(let read): value = read
        case .failure(let error): return .failure(error)
        }
        let valueText: String
        do {
            valueText = try TOMLWriter.value(value.kind)
        } catch {
            return .failure(AmendmentError("the value of '\(path[0]).\(path[1])' cannot be used: \(error)"))
        }
        return .success(
            SelectionsAmendment(
                argument: argument, section: path[0], key: path[1], value: value, valueText: valueText,
                sectionRange: 0..<(keyStart - 1), keyRange: keyStart..<(valueStart - 1)))
    }

    /// The text after `=` as one TOML value located at `offset` in the argument: a TOML value when the text
    /// is exactly one, a string when it is not TOML at all, and a failure when it is TOML that goes on to
    /// write more than the one value.
    private static func readValue(_ text: Substring, at offset: Int, for name: String) -> Result<
        TOMLValue, AmendmentError
    > {
        let prefix = "v = "
        let parsed = TOMLParser.parse(prefix + text, path: sourcePath)
        guard parsed.isValid else {
            let range = offset..<(offset + text.utf8.count)
            return .success(TOMLValue(.string(String(text), TextOffsetMap(base: offset)), range: range))
        }
        let root = parsed.document.root
        guard root.count == 1, let value = root["v"] else {
            let more = root.keys.filter { $0 != "v" }.prefix(3).map { "'\($0)'" }.joined(separator: ", ")
            return .failure(
                AmendmentError(
                    "the value given for '\(name)' is not one TOML value: it goes on to write \(more); "
                        + "to set a text that looks like TOML, put it in quotes"))
        }
        return .success(value.moved(by: offset - prefix.utf8.count))
    }

    /// `set governance.meetings_per_year = 6`.
    public var summary: String { "set \(TOMLWriter.dottedKey([section, key])) = \(valueText)" }

    /// The argument as messages quote it: cut to 80 characters.
    var shownArgument: String {
        let head = argument.prefix(81)
        return head.count > 80 ? head.prefix(79) + "…" : argument
    }
}

/// Why an amendment could not be read or applied.
public struct AmendmentError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
