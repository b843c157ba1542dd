import JSON

/// Reads the lists of a report (problems, approvals, facts, selections, last year's changes, feedback) into
/// the parts of a ``ReceivedReport``, each problem located by ``ReportFields``.
struct ReportContentReader {
    var fields: ReportFields
    /// Where the average attendance was read, for ``checkAttendance(_:)``.
    var attendanceNode: JSONTape.Value?
    var attendancePath = ""

    /// What the lists held.
    struct Content {
        var warningCount = 0
        var errorCodes: [String] = []
        var pending: [String] = []
        var members: Int64?
        var options: [String] = []
        var settings: [ReceivedReport.Setting] = []
        var changes: [ReceivedReport.Change]?
        var feedback: ReceivedReport.Feedback?
        var localAdditionTopics: [String] = []
    }

    mutating func read(_ root: JSONTape.Object) -> Content {
        var content = Content()
        let node = fields.tape.root
        for (index, problem) in list("problems", of: root).enumerated() {
            let path = { "problems[\(index)]" }
            guard let object = fields.object(problem, path: path()) else { continue }
            let severity = fields.string(
                fields.member("severity", of: object, at: problem, path: path()), path: path() + ".severity")
            let code = fields.string(
                fields.member("code", of: object, at: problem, path: path()), path: path() + ".code")
            if severity == "warning" { content.warningCount += 1 }
            if severity == "error", let code, !content.errorCodes.contains(code) { content.errorCodes.append(code) }
        }
        if let approvals = fields.object(fields.member("approvals", of: root, at: node, path: ""), path: "approvals") {
            let pending = fields.array(
                fields.member("pending", of: approvals, at: node, path: "approvals"), path: "approvals.pending")
            content.pending = (pending ?? fields.tape.noElements).enumerated().compactMap {
                fields.string($1, path: "approvals.pending[\($0)]")
            }
        }
        for (index, fact) in list("facts", of: root).enumerated() {
            let path = { "facts[\(index)]" }
            guard let object = fields.object(fact, path: path()), object["id"]?.string == "members" else { continue }
            content.members = fields.optionalCount(
                fields.member("value", of: object, at: fact, path: path()), path: path() + ".value")
        }
        readSelections(root, into: &content)
        readChanges(root, into: &content)
        content.feedback = readFeedback(root)
        content.localAdditionTopics = readLocalAdditionTopics(root)
        if content.members == nil { content.members = content.feedback?.membersAtYearEnd }
        checkAttendance(content)
        return content
    }

    /// An average attendance the figures cannot count (over a thousand times the membership) is a located
    /// problem, not a figure quietly left out.
    private mutating func checkAttendance(_ content: Content) {
        guard let attendance = content.feedback?.averageAttendance, let members = content.members, members > 0,
            YearTally.attendanceTenths(attendance, members: members) == nil, let node = attendanceNode
        else { return }
        fields.problem(
            "report member '\(attendancePath)' gives an average attendance of \(Figures.thousands(Int(attendance))), "
                + "more than a thousand times the \(Figures.thousands(Int(members))) members",
            at: node, fix: "give the average number of people at a General Meeting")
    }

    /// The array member `key` of `root` (empty, with a problem, when it is missing or not an array).
    private mutating func list(_ key: String, of root: JSONTape.Object) -> JSONTape.Elements {
        fields.array(fields.member(key, of: root, at: fields.tape.root, path: ""), path: key) ?? fields.tape.noElements
    }

    private mutating func readSelections(_ root: JSONTape.Object, into content: inout Content) {
        for (index, section) in list("selections", of: root).enumerated() {
            let path = { "selections[\(index)]" }
            guard let object = fields.object(section, path: path()),
                let id = fields.string(
                    fields.member("section", of: object, at: section, path: path()), path: path() + ".section")
            else { continue }
            let options = fields.member("options", of: object, at: section, path: path())
            if let options, !options.isNull {
                for (position, option) in (fields.array(options, path: path() + ".options") ?? fields.tape.noElements)
                    .enumerated()
                {
                    let optionPath = { path() + ".options[\(position)]" }
                    guard let chosen = fields.object(option, path: optionPath()),
                        let optionID = fields.string(
                            fields.member("id", of: chosen, at: option, path: optionPath()), path: optionPath() + ".id")
                    else { continue }
                    content.options.append(id + "." + optionID)
                }
            }
            let settings = fields.array(
                fields.member("settings", of: object, at: section, path: path()), path: path() + ".settings")
            for (position, setting) in (settings ?? fields.tape.noElements).enumerated() {
                if let read = readSetting(setting, path: path() + ".settings[\(position)]") {
                    content.settings.append(read)
                }
            }
        }
    }

    private mutating func readSetting(_ node: JSONTape.Value, path: @autoclosure () -> String) -> ReceivedReport
        .Setting?
    {
        guard let object = fields.object(node, path: path()),
            let name = fields.string(fields.member("name", of: object, at: node, path: path()), path: path() + ".name"),
            let applies = fields.bool(
                fields.member("applies", of: object, at: node, path: path()), path: path() + ".applies"),
            let value = fields.member("value", of: object, at: node, path: path())
        else { return nil }
        guard applies else { return nil }
        if let flag = value.bool { return .init(name: name, value: .boolean(flag)) }
        if let text = value.string { return .init(name: name, value: .text(text)) }
        // The meetings planned are added up for the outcomes, so they are a count; other settings are only
        // counted by value.
        if value.number != nil,
            let number = name == YearTally.plannedMeetings
                ? fields.optionalCount(value, path: path() + ".value")
                : fields.optionalInteger(value, path: path() + ".value")
        {
            return .init(name: name, value: .integer(number))
        }
        return nil
    }

    /// The topics of `localAdditions[]`, a member reports written before local additions do not have.
    private mutating func readLocalAdditionTopics(_ root: JSONTape.Object) -> [String] {
        guard let additions = root["localAdditions"] else { return [] }
        let items = fields.array(additions, path: "localAdditions") ?? fields.tape.noElements
        return items.enumerated().compactMap { index, addition in
            let path = { "localAdditions[\(index)]" }
            guard let object = fields.object(addition, path: path()) else { return nil }
            return fields.string(
                fields.member("topic", of: object, at: addition, path: path()), path: path() + ".topic")
        }
    }

    private mutating func readChanges(_ root: JSONTape.Object, into content: inout Content) {
        let node = fields.tape.root
        guard let last = fields.member("lastYear", of: root, at: node, path: ""), !last.isNull,
            let object = fields.object(last, path: "lastYear")
        else { return }
        let changes = fields.array(
            fields.member("changes", of: object, at: last, path: "lastYear"), path: "lastYear.changes")
        content.changes = (changes ?? fields.tape.noElements).enumerated().compactMap { index, change in
            let path = { "lastYear.changes[\(index)]" }
            guard let entry = fields.object(change, path: path()),
                let name = fields.string(
                    fields.member("name", of: entry, at: change, path: path()), path: path() + ".name"),
                let title = fields.string(
                    fields.member("title", of: entry, at: change, path: path()), path: path() + ".title")
            else { return nil }
            return ReceivedReport.Change(
                name: name, title: title,
                before: fields.optionalString(entry["before"], path: path() + ".before"),
                after: fields.optionalString(entry["after"], path: path() + ".after"))
        }
    }
}
