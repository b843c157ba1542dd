import Diagnostics
import JSON

/// Reads a report file back into a ``ReportedYear``: first checked as the compile checks it (``ReportDecoder``:
/// well-formed JSON, the schema, the fields, the edition and its digest), then its facts, choices, settings
/// and granted approvals read, each problem a located P102.
public struct ReportedYearReader: Sendable {
    /// The editions reports may follow: id → the hex digest of the published edition.
    public var decoder: ReportDecoder

    public init(editions: [String: String]) {
        decoder = ReportDecoder(editions: editions)
    }

    /// What reading one report gave: the year it describes, or why it cannot be used.
    public enum Outcome: Sendable {
        case read(ReportedYear)
        case rejected([Diagnostic], source: SourceFile)
    }

    /// Reads `bytes`, named `path` in diagnostics.
    public func read(_ bytes: [UInt8], path: String) -> Outcome {
        let parsed = JSONParser.parseTape(bytes: bytes, path: path)
        let received: ReceivedReport
        switch decoder.decode(parsed, path: path) {
        case .accepted(let report): received = report
        case .rejected(let diagnostics, let source, _): return .rejected(diagnostics, source: source)
        }
        guard let tape = parsed.tape, let root = tape.root.object else {
            return .rejected(parsed.diagnostics, source: parsed.source(quotedBy: parsed.diagnostics))
        }
        var fields = ReportFields(tape: tape)
        let year = ReportedYear(
            file: path, editionID: received.editionID, clp: received.clp, region: received.region,
            year: received.year, agmDate: received.agmDate, generatedAt: received.generatedAt,
            errorCodes: received.errorCodes, facts: readFacts(root, &fields),
            choices: readChoices(root, &fields), settings: readSettings(root, &fields),
            approvals: readApprovals(root, &fields))
        guard !fields.diagnostics.hasErrors else {
            return .rejected(fields.diagnostics, source: tape.source(quotedBy: fields.diagnostics))
        }
        return .read(year)
    }

    private func readFacts(_ root: JSONTape.Object, _ fields: inout ReportFields) -> [ReportedYear.Fact] {
        list("facts", of: root, &fields).enumerated().compactMap { index, node in
            let path = { "facts[\(index)]" }
            guard let object = fields.object(node, path: path()), !isDefault(object, at: node, path: path(), &fields),
                let id = fields.string(fields.member("id", of: object, at: node, path: path()), path: path() + ".id"),
                let raw = fields.member("value", of: object, at: node, path: path()),
                // A fact the file gave a value of the wrong type is reported with no value; so it stays out.
                !raw.isNull, let value = value(raw, path() + ".value", &fields)
            else { return nil }
            return ReportedYear.Fact(id: id, value: value)
        }
    }

    private func readChoices(_ root: JSONTape.Object, _ fields: inout ReportFields) -> [ReportedYear.Choice] {
        list("selections", of: root, &fields).enumerated().compactMap { index, node in
            let path = { "selections[\(index)]" }
            guard let object = fields.object(node, path: path()),
                let section = fields.string(
                    fields.member("section", of: object, at: node, path: path()), path: path() + ".section"),
                fields.bool(
                    fields.member("optionsAreDefault", of: object, at: node, path: path()),
                    path: path() + ".optionsAreDefault") == false,
                let options = object["options"], !options.isNull,
                let chosen = fields.array(options, path: path() + ".options")
            else { return nil }
            let ids = chosen.enumerated().compactMap { optionIndex, option -> String? in
                let optionPath = { path() + ".options[\(optionIndex)]" }
                return fields.object(option, path: optionPath()).flatMap {
                    fields.string(
                        fields.member("id", of: $0, at: option, path: optionPath()), path: optionPath() + ".id")
                }
            }
            return ReportedYear.Choice(section: section, options: ids)
        }
    }

    private func readSettings(_ root: JSONTape.Object, _ fields: inout ReportFields) -> [ReportedYear.Setting] {
        var settings: [ReportedYear.Setting] = []
        for (index, section) in list("selections", of: root, &fields).enumerated() {
            let path = { "selections[\(index)]" }
            guard let object = fields.object(section, path: path()),
                let entries = fields.array(
                    fields.member("settings", of: object, at: section, path: path()), path: path() + ".settings")
            else { continue }
            for (settingIndex, node) in entries.enumerated() {
                let settingPath = { path() + ".settings[\(settingIndex)]" }
                guard let setting = fields.object(node, path: settingPath()),
                    !isDefault(setting, at: node, path: settingPath(), &fields),
                    fields.bool(
                        fields.member("applies", of: setting, at: node, path: settingPath()),
                        path: settingPath() + ".applies") == true,
                    let name = fields.string(
                        fields.member("name", of: setting, at: node, path: settingPath()), path: settingPath() + ".name"
                    ),
                    let raw = setting["value"], !raw.isNull,
                    let value = value(raw, settingPath() + ".value", &fields)
                else { continue }
                settings.append(ReportedYear.Setting(name: name, value: value))
            }
        }
        return settings
    }

    private func readApprovals(_ root: JSONTape.Object, _ fields: inout ReportFields) -> [ReportedYear.Approval] {
        let node = fields.tape.root
        guard
            let approvals = fields.object(fields.member("approvals", of: root, at: node, path: ""), path: "approvals"),
            let needed = fields.array(
                fields.member("needed", of: approvals, at: node, path: "approvals"), path: "approvals.needed")
        else { return [] }
        return needed.enumerated().compactMap { index, entry in
            let path = { "approvals.needed[\(index)]" }
            guard let object = fields.object(entry, path: path()), object["status"]?.string == "granted",
                let approves = fields.string(
                    fields.member("approves", of: object, at: entry, path: path()), path: path() + ".approves"),
                let by = fields.string(fields.member("by", of: object, at: entry, path: path()), path: path() + ".by"),
                let date = fields.optionalString(
                    fields.member("date", of: object, at: entry, path: path()), path: path() + ".date")
            else { return nil }
            let reference = object["reference"].flatMap { fields.optionalString($0, path: path() + ".reference") }
            return ReportedYear.Approval(approves: approves, by: by, date: date, reference: reference)
        }
    }

    /// `isDefault`: a value the file did not state.
    private func isDefault(
        _ object: JSONTape.Object, at node: JSONTape.Value, path: @autoclosure () -> String,
        _ fields: inout ReportFields
    ) -> Bool {
        fields.bool(fields.member("isDefault", of: object, at: node, path: path()), path: path() + ".isDefault") ?? true
    }

    private func list(_ key: String, of root: JSONTape.Object, _ fields: inout ReportFields) -> JSONTape.Elements {
        fields.array(fields.member(key, of: root, at: fields.tape.root, path: ""), path: key) ?? fields.tape.noElements
    }

    /// A fact's or setting's value: a whole number, true or false, a string, or a list of records of those.
    private func value(
        _ node: JSONTape.Value?, _ path: @autoclosure () -> String, _ fields: inout ReportFields
    ) -> ReportedYear.Value? {
        guard let node else { return nil }
        if let flag = node.bool { return .boolean(flag) }
        if let text = node.string { return .text(text) }
        if node.number != nil { return fields.optionalInteger(node, path: path()).map { .integer($0) } }
        guard let entries = node.array else {
            fields.wrongType(node, path: path(), expected: "a number, true or false, a string or a list")
            return nil
        }
        var records: [[ReportedYear.Field]] = []
        for (index, entry) in entries.enumerated() {
            guard let object = fields.object(entry, path: path() + "[\(index)]") else { continue }
            records.append(
                object.members.compactMap { member in
                    guard member.value.array == nil else {
                        fields.wrongType(
                            member.value, path: path() + "[\(index)]." + member.key,
                            expected: "a number, true or false, or a string")
                        return nil
                    }
                    return value(member.value, path() + "[\(index)]." + member.key, &fields).map {
                        ReportedYear.Field(name: member.key, value: $0)
                    }
                })
        }
        return .records(records)
    }
}
