import Diagnostics
import RuleLanguage
import TOML

extension EditionLoader {
    /// Reads the `[[constraint]]`, `[[derived]]` and `[[clause]]` tables of a section or `edition.toml`.
    mutating func readRules(_ reader: inout TableReader, section: String?) -> RuleSet {
        var rules = RuleSet()
        let document = reader.document
        rules.constraints = reader.tables("constraint").compactMap {
            readConstraint($0.0, raw: $0.1, section: section, document: document)
        }
        rules.derived = reader.tables("derived").compactMap {
            readDerived($0.0, raw: $0.1, section: section, document: document)
        }
        let clauses = reader.tables("clause").compactMap {
            readClause($0.0, raw: $0.1, section: section, document: document)
        }
        rules.clauses = clauses.filter { !$0.isBranchClause }
        rules.branchClauses = clauses.filter(\.isBranchClause)
        rules.schedules = reader.tables("schedule").compactMap {
            readSchedule($0.0, raw: $0.1, section: section, clauses: rules.clauses, document: document)
        }
        return rules
    }

    private mutating func readConstraint(
        _ table: TOMLTable, raw: TOMLValue, section: String?, document: TOMLDocument
    ) -> Constraint? {
        var reader = TableReader(
            table, range: raw.range, document: document, context: "a constraint", vocabulary: .menu)
        defer { finish(&reader) }
        guard let id = readID(&reader) else { return nil }
        let key = section.map { String.joining("constraint:", $0, ".", id) } ?? .joining("constraint:", id)
        noteDefinition("constraint", id, key: key, at: document.span(raw.range))
        var code = ""
        if let (value, rawCode) = reader.string("code", required: true) {
            code = value
            if !Self.isValidCode(value) {
                reader.report(MenuMessages.invalidCode(value, at: reader.span(rawCode.range)))
            }
            noteDefinition("constraint code", value, key: .joining("code:", value), at: reader.span(rawCode.range))
        }
        var severity = Severity.error
        if let (value, rawSeverity) = reader.string("severity") {
            if value == "warning" {
                severity = .warning
            } else if value != "error" {
                reader.report(
                    MenuMessages.invalidValue(
                        "severity", "is '\(value)'; expected \"error\" or \"warning\"",
                        at: reader.span(rawSeverity.range)))
            }
        }
        let when = compile(&reader, "when", expecting: .boolean)
        let require = compile(&reader, "require", expecting: .boolean, required: true)
        let message = compileTemplate(&reader, "message", required: true)
        let because = compileTemplate(&reader, "because")
        let pass = readExamples(&reader, "pass")
        let fail = readExamples(&reader, "fail")
        let cite = reader.string("cite")?.0
        let fix = reader.string("fix")?.0
        let rationale = reader.string("rationale")?.0
        guard let require, let message else { return nil }
        return Constraint(
            id: id, section: section, code: code, when: when, require: require, severity: severity, message: message,
            because: because, cite: cite, fix: fix, rationale: rationale, passExamples: pass, failExamples: fail,
            span: document.span(raw.range))
    }

    static func isValidCode(_ code: String) -> Bool {
        var utf8 = code
        if let valid = utf8.withUTF8({ isValidASCIICode($0) }) { return valid }
        let letters = code.prefix { ("A"..."Z").contains($0) }
        let digits = code.dropFirst(letters.count)
        return (2...4).contains(letters.count) && (2...3).contains(digits.count)
            && digits.allSatisfy { ("0"..."9").contains($0) }
    }

    /// ``isValidCode(_:)`` on the bytes of an ASCII code (where each byte is a character); nil for other text.
    private static func isValidASCIICode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        let letters = bytes.prefix { $0 &- UInt8(ascii: "A") < 26 }.count
        let digits = bytes.dropFirst(letters)
        return (2...4).contains(letters) && (2...3).contains(digits.count)
            && digits.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }

    private mutating func readExamples(_ reader: inout TableReader, _ key: String) -> [ConstraintExample] {
        guard let (items, _) = reader.stringArray(key) else { return [] }
        return items.map { text, value in
            ConstraintExample(
                text: text, span: reader.span(value.range),
                offsets: value.stringOffsets ?? TextOffsetMap(base: value.range.lowerBound))
        }
    }

    private mutating func readDerived(
        _ table: TOMLTable, raw: TOMLValue, section: String?, document: TOMLDocument
    ) -> DerivedValue? {
        var reader = TableReader(
            table, range: raw.range, document: document, context: "a derived value", vocabulary: .menu)
        defer { finish(&reader) }
        guard let id = readID(&reader) else { return nil }
        noteDefinition("derived value", id, key: .joining("derived:", id), at: document.span(raw.range))
        let title = reader.string("title")?.0 ?? id
        guard let (typeName, typeRaw) = reader.string("type", required: true) else {
            reader.abandon()
            return nil
        }
        guard let type = SchemaBuilder.declaredType(typeName) else {
            reader.report(
                MenuMessages.invalidValue(
                    "type", "is '\(typeName)'; expected integer, boolean, string or date",
                    at: reader.span(typeRaw.range)))
            reader.abandon()
            return nil
        }
        guard let value = compile(&reader, "value", expecting: type, required: true) else { return nil }
        let because = compileTemplate(&reader, "because")
        return DerivedValue(
            id: id, title: title, type: type, value: value, because: because, section: section,
            span: document.span(raw.range))
    }

    private mutating func readClause(
        _ table: TOMLTable, raw: TOMLValue, section: String?, document: TOMLDocument
    ) -> Clause? {
        var reader = TableReader(table, range: raw.range, document: document, context: "a clause", vocabulary: .menu)
        defer { finish(&reader) }
        guard let id = readID(&reader) else { return nil }
        let key = section.map { String.joining("clause:", $0, ".", id) } ?? .joining("clause:", id)
        noteDefinition("clause", id, key: key, at: document.span(raw.range))
        let title = reader.string("title", required: true)?.0 ?? id
        let branchPart = readScope(&reader, in: raw)
        // A branch clause may read its branch's record (branch.name, branch.members, ...).
        let clpCompiler = compiler
        if branchPart != nil { compiler = branchCompiler }
        defer { compiler = clpCompiler }
        let when = compile(&reader, "when", expecting: .boolean)
        let cite = reader.string("cite")?.0
        guard let text = compileTemplate(&reader, "text", required: true) else { return nil }
        return Clause(
            id: id, title: title, section: section, when: when, text: text, cite: cite, span: document.span(raw.range),
            branchPart: branchPart)
    }

    /// `scope` (`"clp"`, the default, or `"branch"`) and, for a branch clause, `branch_part`, the heading of
    /// the part of the branch's standing orders it goes in: required there, refused elsewhere (M107).
    private mutating func readScope(_ reader: inout TableReader, in raw: TOMLValue) -> String? {
        let scope = reader.string("scope")
        let part = reader.string("branch_part")
        switch scope?.0 ?? "clp" {
        case "clp":
            if let part {
                reader.report(
                    MenuMessages.invalidValue(
                        "branch_part", "is only for a clause with scope = \"branch\"", at: reader.span(part.1.range)))
            }
            return nil
        case "branch":
            guard let part else {
                reader.report(
                    MenuMessages.missingKey(
                        "branch_part", context: "a clause with scope = \"branch\"",
                        at: reader.span(raw.range)))
                return nil
            }
            return part.0
        default:
            if let (value, rawScope) = scope {
                reader.report(
                    MenuMessages.invalidValue(
                        "scope", "is '\(value)'; expected \"clp\" or \"branch\"", at: reader.span(rawScope.range)))
            }
            return nil
        }
    }

    /// Parses and type-checks the expression in string key `key`.
    mutating func compile(
        _ reader: inout TableReader, _ key: String, expecting type: RuleType, required: Bool = false
    ) -> CompiledExpression? {
        guard let (text, raw) = reader.string(key, required: required), let offsets = raw.stringOffsets else {
            return nil
        }
        let source = RuleSource(file: reader.document.source.path, text: text, offsets: offsets)
        let (compiled, problems) = compiler.compile(source, expecting: type)
        diagnostics += problems
        return compiled
    }

    mutating func compileTemplate(_ reader: inout TableReader, _ key: String, required: Bool = false)
        -> CompiledTemplate?
    {
        guard let (text, raw) = reader.string(key, required: required), let offsets = raw.stringOffsets else {
            return nil
        }
        let source = RuleSource(file: reader.document.source.path, text: text, offsets: offsets)
        let (compiled, problems) = compiler.compileTemplate(source)
        diagnostics += problems
        return compiled
    }

    /// How long a chain of derived values reading each other may be.
    static let maximumDerivedDepth = 500

    /// Reports each cycle among derived values with its chain.
    mutating func checkDerivedCycles(_ derived: [DerivedValue]) {
        let byID = Dictionary(derived.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var state: [String: Int] = [:]  // 1 visiting, 2 done
        var reported = Set<String>()
        var tooDeep: DerivedValue?
        func visit(_ id: String, path: [String]) -> [String]? {
            if state[id] == 2 { return nil }
            if state[id] == 1 { return path + [id] }
            // A chain this long is a mistake (or hostile input); stop before the stack runs out.
            guard path.count < Self.maximumDerivedDepth else {
                tooDeep = tooDeep ?? byID[id]
                return nil
            }
            state[id] = 1
            for name in byID[id]?.value.expression.referencedNames ?? [] where byID[name] != nil {
                if let cycle = visit(name, path: path + [id]) { return cycle }
            }
            state[id] = 2
            return nil
        }
        for value in derived where state[value.id] == nil {
            guard let cycle = visit(value.id, path: []) else { continue }
            let start = cycle.firstIndex(of: cycle.last ?? "") ?? 0
            let chain = Array(cycle[start...])
            guard let first = chain.first, !reported.contains(first), let culprit = byID[first] else { continue }
            chain.forEach { reported.insert($0) }
            diagnostics.append(MenuMessages.derivedCycle(chain, at: culprit.value.span))
            for id in chain { state[id] = 2 }
        }
        if let tooDeep {
            diagnostics.append(
                MenuMessages.invalidValue(
                    "value",
                    "of derived value '\(tooDeep.id)' sits in a chain of more than \(Self.maximumDerivedDepth) derived values",
                    at: tooDeep.value.span))
        }
    }
}
