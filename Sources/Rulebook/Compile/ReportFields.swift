import Diagnostics
import JSON

/// Typed reads of a report's members, each problem a located P102 that names the member by its path
/// (`clp.name`, `selections[3].settings[0].value`). Reading goes on after a problem, so one pass reports
/// every damaged member.
struct ReportFields {
    let tape: JSONTape
    private(set) var diagnostics: [Diagnostic] = []

    init(tape: JSONTape) {
        self.tape = tape
    }

    /// The member `key` of `object` (at `path`), or nil with a problem when it is missing.
    mutating func member(
        _ key: String, of object: JSONTape.Object, at node: JSONTape.Value, path: @autoclosure () -> String
    ) -> JSONTape
        .Value?
    {
        if let value = object[key] { return value }
        problem(
            "the report has no '\(Self.join(path(), key))' member", at: node,
            fix: "the report format requires it (docs/formats.md, \"The report\")")
        return nil
    }

    mutating func object(_ node: JSONTape.Value?, path: @autoclosure () -> String) -> JSONTape.Object? {
        guard let node else { return nil }
        if let object = node.object { return object }
        wrongType(node, path: path(), expected: "an object")
        return nil
    }

    /// The elements of an array, read in place (not copied out, which cost an allocation and a retain of the
    /// tape for each element).
    mutating func array(_ node: JSONTape.Value?, path: @autoclosure () -> String) -> JSONTape.Elements? {
        guard let node else { return nil }
        if let array = node.array { return array }
        wrongType(node, path: path(), expected: "an array")
        return nil
    }

    mutating func string(_ node: JSONTape.Value?, path: @autoclosure () -> String) -> String? {
        guard let node else { return nil }
        if let string = node.string { return string }
        wrongType(node, path: path(), expected: "a string")
        return nil
    }

    /// A string or `null`; a member that is neither is a problem (and reads as nil).
    mutating func optionalString(_ node: JSONTape.Value?, path: @autoclosure () -> String) -> String? {
        guard let node, !node.isNull else { return nil }
        return string(node, path: path())
    }

    mutating func bool(_ node: JSONTape.Value?, path: @autoclosure () -> String) -> Bool? {
        guard let node else { return nil }
        if let flag = node.bool { return flag }
        wrongType(node, path: path(), expected: "true or false")
        return nil
    }

    /// The largest count a report may give for a figure the compile adds up (members, meetings, attendance,
    /// a rating): far above any real CLP's, and small enough that no sum over any number of reports can
    /// overflow.
    static let largestCount: Int64 = 1_000_000_000

    /// A whole number from 0 to ``largestCount``, or `null`: a figure the compile adds up.
    mutating func optionalCount(_ node: JSONTape.Value?, path: @autoclosure () -> String) -> Int64? {
        guard let node, let value = optionalInteger(node, path: path()) else { return nil }
        guard (0...Self.largestCount).contains(value) else {
            diagnostics.append(
                CompileCatalogue.wrongField.diagnostic(
                    "report member '\(path())' must be a whole number from 0 to "
                        + "\(Figures.thousands(Int(Self.largestCount))), not \(value)",
                    at: tape.span(node.range)))
            return nil
        }
        return value
    }

    /// A whole number in `Int64`, or `null`.
    mutating func optionalInteger(_ node: JSONTape.Value?, path: @autoclosure () -> String) -> Int64? {
        guard let node, !node.isNull else { return nil }
        do {
            return try node.int64()
        } catch {
            diagnostics.append(
                CompileCatalogue.wrongField.diagnostic(
                    "report member '\(path())' must be a whole number: \(error.description)",
                    at: tape.span(node.range)))
            return nil
        }
    }

    mutating func wrongType(_ node: JSONTape.Value, path: @autoclosure () -> String, expected: String) {
        problem("report member '\(path())' must be \(expected), found \(node.typeName)", at: node, fix: nil)
    }

    mutating func problem(_ message: String, at node: JSONTape.Value, fix: String?) {
        diagnostics.append(
            CompileCatalogue.wrongField.diagnostic(
                message, at: tape.span(node.range), fixIts: fix.map { [FixIt($0)] } ?? []))
    }

    mutating func appendDiagnostic(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }
}
