import JSON

extension ReportContentReader {
    /// The answers the figures read: meetings held, attendance, members at the year's end, the two free-text
    /// answers, and each option's rating. Nil when the report carries no feedback.
    mutating func readFeedback(_ root: JSONTape.Object) -> ReceivedReport.Feedback? {
        guard let node = fields.member("feedback", of: root, at: fields.tape.root, path: ""), !node.isNull,
            let object = fields.object(node, path: "feedback")
        else { return nil }
        var feedback = ReceivedReport.Feedback(ratings: [:])
        let answers = fields.array(
            fields.member("answers", of: object, at: node, path: "feedback"), path: "feedback.answers")
        for (index, answer) in (answers ?? fields.tape.noElements).enumerated() {
            let path = { "feedback.answers[\(index)]" }
            guard let entry = fields.object(answer, path: path()),
                let id = fields.string(fields.member("id", of: entry, at: answer, path: path()), path: path() + ".id"),
                let value = fields.member("value", of: entry, at: answer, path: path())
            else { continue }
            switch id {
            case "general_meetings_held":
                feedback.generalMeetingsHeld = fields.optionalCount(value, path: path() + ".value")
            case "average_attendance":
                feedback.averageAttendance = fields.optionalCount(value, path: path() + ".value")
                (attendanceNode, attendancePath) = (value, path() + ".value")
            case "what_worked": feedback.whatWorked = fields.optionalString(value, path: path() + ".value")
            case "what_did_not_work": feedback.whatDidNotWork = fields.optionalString(value, path: path() + ".value")
            default: break
            }
        }
        if let figures = fields.object(
            fields.member("figures", of: object, at: node, path: "feedback"), path: "feedback.figures")
        {
            feedback.membersAtYearEnd = fields.optionalCount(
                figures["membersAtYearEnd"], path: "feedback.figures.membersAtYearEnd")
        }
        let ratings = fields.array(
            fields.member("ratings", of: object, at: node, path: "feedback"), path: "feedback.ratings")
        for (index, rating) in (ratings ?? fields.tape.noElements).enumerated() {
            let path = { "feedback.ratings[\(index)]" }
            guard let entry = fields.object(rating, path: path()),
                let option = fields.string(
                    fields.member("option", of: entry, at: rating, path: path()), path: path() + ".option")
            else { continue }
            if let value = fields.optionalCount(entry["rating"], path: path() + ".rating") {
                feedback.ratings[option] = value
            }
        }
        return feedback
    }
}
