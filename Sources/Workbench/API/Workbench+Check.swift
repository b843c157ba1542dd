import Diagnostics
import Rulebook

/// The session, the edition and the check: the page's view of a year, evaluated by the engine on every
/// change.
extension Workbench {
    /// `GET /api/session`: the file (its path and text on disk, if the server was started with one) and the
    /// editions available.
    func session() throws(HTTPError) -> JSONValue {
        let text = try diskText()
        let edition = text.flatMap { SelectionsText(bytes: Array($0.utf8), path: filePath).editionReference?.id }
        return .object([
            ("file", environment.filePath.map(JSONValue.string) ?? .null),
            ("text", text.map(JSONValue.string) ?? .null),
            ("edition", edition.map(JSONValue.string) ?? .null),
            ("editions", .array(environment.editionIDs.map(JSONValue.string))),
        ])
    }

    /// `POST /api/edition {"edition"}`: the edition's sections, options and settings.
    func describeEdition(_ request: APIRequest) throws(HTTPError) -> JSONValue {
        EditionJSON.describe(try edition(try request.string("edition")))
    }

    /// `POST /api/template {"edition", "year"}`: a new selections file's text for the edition.
    func template(_ request: APIRequest) throws(HTTPError) -> JSONValue {
        let edition = try edition(try request.string("edition"))
        let year = try request.count("year", maximum: SelectionsTemplate.years.upperBound)
        guard SelectionsTemplate.years.contains(year) else { throw HTTPError(.badBody("'year' must have four digits")) }
        do {
            return .object([("text", .string(try SelectionsTemplate(edition: edition, year: year).render()))])
        } catch {
            throw HTTPError(.badBody("the template cannot be written: \(error)"))
        }
    }

    /// `POST /api/check {"text", "changes"}`: the year with the changes applied, checked: its problems at their
    /// fields with fixes, its values, the standing-orders preview and the redline against last year's file
    /// (`serve --last`) or else the file on disk.
    func check(_ request: APIRequest) throws(HTTPError) -> JSONValue {
        let text = try changedText(request)
        if let last = environment.lastYear {
            return YearJSON.year(
                try evaluate(text), text: text, disk: try lastYearEvaluation(last),
                redlineAgainst: "last year's file, " + last.path)
        }
        return YearJSON.year(try evaluate(text), text: text, disk: try diskEvaluation())
    }

    /// Last year's file evaluated against the edition it names, once (nil when it does not load).
    func lastYearEvaluation(_ last: LastYearFile) throws(HTTPError) -> YearEvaluation? {
        if let known = lastYear.withLock({ $0 }) { return known }
        var year: YearEvaluation?
        if case .evaluated(let evaluated) = try evaluate(String(decoding: last.bytes, as: UTF8.self), path: last.path),
            evaluated.selections != nil
        {
            year = evaluated
        }
        lastYear.withLock { $0 = .some(year) }
        return year
    }

    /// `POST /api/save {"text", "changes"}`: writes the changed text to the file.
    func save(_ request: APIRequest) throws(HTTPError) -> JSONValue {
        let text = try changedText(request)
        guard SelectionsText(bytes: Array(text.utf8), path: filePath).isReadable else {
            throw HTTPError(.badBody("the text is not valid TOML, so it is not saved; correct it first"))
        }
        try write(text)
        return .object([("saved", .bool(true)), ("file", environment.filePath.map(JSONValue.string) ?? .null)])
    }

    /// The request's `text` with its `changes` (values and whole lists) written into it.
    func changedText(_ request: APIRequest) throws(HTTPError) -> String {
        let text = try request.string("text")
        let changes = try request.edits("changes") { () throws(HTTPError) in try recordLists(of: text) }
        return try SelectionsEditor.apply(changes: changes, to: text)
    }

    /// The lists the edition named in `text` has; refused (422) when the text names no edition here.
    func recordLists(of text: String) throws(HTTPError) -> [RecordList] {
        guard let id = SelectionsText(bytes: Array(text.utf8), path: filePath).editionReference?.id else {
            throw HTTPError(.badBody("the file names no edition, so its lists are not known; set 'edition' first"))
        }
        return RecordList.all(in: try edition(id))
    }

    /// The path problems are reported against.
    var filePath: String { environment.filePath ?? "selections.toml" }

    /// `text` evaluated against the edition it names, with the fix search; problems that stop it before
    /// the edition (bad TOML, no edition) come back as an evaluation-less outcome.
    func evaluate(_ text: String, path: String? = nil) throws(HTTPError) -> YearOutcome {
        let selections = SelectionsText(bytes: Array(text.utf8), path: path ?? filePath)
        guard selections.isReadable else { return .unavailable(selections.diagnostics, selections) }
        guard let id = selections.editionReference?.id else {
            return .unavailable([selections.editionProblem], selections)
        }
        let evaluator = try self.evaluator(id)
        do {
            return .evaluated(try evaluator.evaluate(selections))
        } catch {
            throw HTTPError(.badBody("the year cannot be evaluated: \(error)"))
        }
    }

    /// The file on disk, evaluated (nil without a file, or when it does not load).
    func diskEvaluation() throws(HTTPError) -> YearEvaluation? {
        guard let text = try diskText() else { return nil }
        if let known = disk.withLock({ $0 }), known.text == text { return known.year }
        var year: YearEvaluation?
        if case .evaluated(let evaluated) = try evaluate(text), evaluated.selections != nil { year = evaluated }
        disk.withLock { $0 = (text, year) }
        return year
    }

    /// Writes `text` to the file, refusing when the server has none.
    func write(_ text: String) throws(HTTPError) {
        guard environment.filePath != nil else {
            throw HTTPError(.conflict("the workbench was started without a file, so there is nowhere to save"))
        }
        do {
            try writing.withLock { _ in try environment.writeFile(Array(text.utf8)) }
        } catch {
            throw HTTPError(.conflict("the selections file was not written: \(error)"))
        }
    }
}

/// A year the engine evaluated, or the problems that stopped it first.
enum YearOutcome {
    case evaluated(YearEvaluation)
    case unavailable([Diagnostic], SelectionsText)
}
