import Testing

@testable import CLPConfCLI

@Suite struct ArgumentListParserTests {
    enum Format: String, CaseIterable { case text, json }

    static let inputs = ArgumentDefinition.positional("inputs", valueName: "FILE", arity: .oneOrMore, help: "in")
    static let format = ArgumentDefinition.option("format", choices: Format.self, default: .text, help: "f")
    static let output = ArgumentDefinition.option("output", short: "o", valueName: "OUT", help: "o")
    static let set = ArgumentDefinition.option("set", short: "s", repeatable: true, help: "s")
    static let strict = ArgumentDefinition.flag("strict", help: "s")
    static let verbose = ArgumentDefinition.flag("verbose", short: "v", help: "v")
    static let quiet = ArgumentDefinition.flag("quiet", short: "q", help: "q")

    let parser = ArgumentListParser(definitions: [inputs, format, output, set, strict, verbose, quiet])

    func parse(_ line: String) throws -> ParsedArguments {
        try parser.parse(line.split(separator: " ").map(String.init))
    }

    func usageMessage(_ line: String) -> String? {
        do {
            _ = try parse(line)
            return nil
        } catch {
            return (error as? CLIError)?.description
        }
    }

    @Test(arguments: ["--format=json a", "--format json a", "a --format json", "--format text --format json a"])
    func optionValueForms(line: String) throws {
        let parsed = try parse(line)
        #expect(try parsed.choice(Self.format, as: Format.self) == .json)
        #expect(parsed.values(Self.inputs) == ["a"])
    }

    @Test func defaultsApplyWhenAbsent() throws {
        let parsed = try parse("a")
        #expect(parsed.value(Self.format) == "text")
        #expect(!parsed.contains(Self.format))
        #expect(parsed.value(Self.output) == nil)
        #expect(!parsed.flag(Self.strict))
    }

    @Test(arguments: ["-o out.md a", "-oout.md a", "-o=out.md a", "--output out.md a", "--output=out.md a"])
    func shortAndLongNames(line: String) throws {
        #expect(try parse(line).value(Self.output) == "out.md")
    }

    @Test func repeatableOptionsCollectInOrder() throws {
        let parsed = try parse("--set a.b=1 a -s c=2 --set=d=3")
        #expect(parsed.values(Self.set) == ["a.b=1", "c=2", "d=3"])
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try parse("--strict -- --format -v a")
        #expect(parsed.values(Self.inputs) == ["--format", "-v", "a"])
        #expect(parsed.flag(Self.strict))
        #expect(!parsed.flag(Self.verbose))
    }

    @Test func loneDashAndNegativeNumbersArePositional() throws {
        #expect(try parse("- -5").values(Self.inputs) == ["-", "-5"])
    }

    @Test func groupedShortFlags() throws {
        let parsed = try parse("-vq a")
        #expect(parsed.flag(Self.verbose) && parsed.flag(Self.quiet))
        #expect(try parse("-vo out a").value(Self.output) == "out")
    }

    @Test func usageErrors() {
        #expect(usageMessage("--strict=yes a") == "option '--strict' takes no value")
        #expect(usageMessage("a -o") == "missing value for '--output'; expected OUT")
        #expect(usageMessage("-o --strict a") == "missing value for '--output'; expected OUT")
        #expect(usageMessage("--strict") == "missing argument 'FILE'")
        #expect(usageMessage("-x a") == "unknown option '-x'")
        #expect(usageMessage("-vx a") == "unknown option '-x'")
        #expect(usageMessage("--outptu x a") == "unknown option '--outptu'; did you mean '--output'?")
    }

    @Test func positionalsAreSharedOutByArity() throws {
        let first = ArgumentDefinition.positional("first", arity: .one, help: "")
        let middle = ArgumentDefinition.positional("middle", arity: .zeroOrMore, help: "")
        let last = ArgumentDefinition.positional("last", arity: .one, help: "")
        let parser = ArgumentListParser(definitions: [first, middle, last])
        let parsed = try parser.parse(["a", "b", "c", "d"])
        #expect(parsed.values(first) == ["a"])
        #expect(parsed.values(middle) == ["b", "c"])
        #expect(parsed.values(last) == ["d"])
        #expect(try parser.parse(["a", "d"]).values(middle).isEmpty)
        #expect(throws: CLIError.usage("missing argument 'LAST'")) { try parser.parse(["a"]) }
    }

    @Test func extraPositionalIsUnexpected() {
        let one = ArgumentDefinition.positional("file", arity: .one, help: "")
        #expect(throws: CLIError.usage("unexpected argument 'b'")) {
            try ArgumentListParser(definitions: [one]).parse(["a", "b"])
        }
    }

    @Test func requiredOptionMustBeGiven() {
        let to = ArgumentDefinition.option("to", valueName: "EDITION", required: true, help: "")
        #expect(throws: CLIError.usage("missing option '--to EDITION'")) {
            try ArgumentListParser(definitions: [to]).parse([])
        }
    }

    @Test func integerConversion() throws {
        let count = ArgumentDefinition.option("count", help: "")
        let parser = ArgumentListParser(definitions: [count])
        #expect(try parser.parse(["--count", "12"]).value(count, as: Int.self) == 12)
        #expect(throws: CLIError.usage("invalid value 'x' for '--count'; expected an integer")) {
            try parser.parse(["--count", "x"]).value(count, as: Int.self)
        }
    }
}
