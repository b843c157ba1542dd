import Diagnostics
import Rulebook
import TOML
import Testing

/// `--set section.key=value`: parsed as one TOML value, then applied to the parsed selections file.
@Suite struct SelectionsAmendmentTests {
    static func parse(_ argument: String) throws -> SelectionsAmendment {
        try SelectionsAmendment.parse(argument).get()
    }

    static func failure(_ argument: String) -> String? {
        if case .failure(let error) = SelectionsAmendment.parse(argument) { return error.description }
        return nil
    }

    static func apply(_ arguments: [String], to text: String) throws -> TOMLDocument {
        let parsed = TOMLParser.parse(text, path: "ours.toml")
        #expect(parsed.isValid)
        return try SelectionsAmendment.apply(try arguments.map(parse), to: parsed.document).get()
    }

    static func apply(_ argument: String, to text: String) throws -> TOMLDocument {
        try apply([argument], to: text)
    }

    @Test(arguments: [
        ("governance.meetings_per_year=6", "governance", "meetings_per_year", "6"),
        ("governance.meetings_per_year=-3", "governance", "meetings_per_year", "-3"),
        ("governance.option=delegate_gc", "governance", "option", #""delegate_gc""#),
        (#"governance.option="hybrid""#, "governance", "option", #""hybrid""#),
        ("forums.options=[\"a\", \"b\"]", "forums", "options", #"["a", "b"]"#),
        ("forums.options=[\n\"a\",\n\"b\",\n]", "forums", "options", #"["a", "b"]"#),
        ("meetings.online=true", "meetings", "online", "true"),
        ("agm.date=2026-10-10", "agm", "date", "2026-10-10"),
        ("votes.change={for=40,against=25}", "votes", "change", "{ for = 40, against = 25 }"),
        ("meetings.meetings_per_year=8 # the chair's amendment", "meetings", "meetings_per_year", "8"),
        (#"clp.name=The "Red" CLP \ 2"#, "clp", "name", #""The \"Red\" CLP \\ 2""#),
        ("clp.name=", "clp", "name", #""""#),
        ("clp.name=a=b", "clp", "name", #""a=b""#),
        ("clp.name=a\u{1}b\nc", "clp", "name", #""a\u0001b\nc""#),
    ])
    func parsesOneTOMLValueOrTakesABareWordAsAString(argument: String, section: String, key: String, value: String) throws {
        let amendment = try Self.parse(argument)
        #expect(amendment.section == section)
        #expect(amendment.key == key)
        #expect(amendment.valueText == value)
        #expect(amendment.argument == argument)
        let written = try #require(TOMLParser.parse("v = " + amendment.valueText, path: "t").document.root["v"])
        #expect(written.hasSameContent(as: amendment.value))
    }

    @Test func bareWordThatLooksLikeAStringBecomesThatString() throws {
        let amendment = try Self.parse(#"clp.name=The "Red" CLP \ 2"#)
        #expect(amendment.value.string == #"The "Red" CLP \ 2"#)
        #expect(amendment.value.range == 9..<26)
    }

    @Test func aValueIsLocatedInItsArgument() throws {
        let amendment = try Self.parse(#"clp.name="Anytown""#)
        #expect(amendment.value.range == 9..<18)
        #expect(amendment.value.stringOffsets?.sourceOffset(0) == 10)
    }

    @Test func badFormsAreRejectedWithAReason() {
        #expect(Self.failure("governance") == "'governance' is not of the form section.key=value")
        #expect(Self.failure("meetings=6") == "'meetings' is not of the form section.key (e.g. governance.meetings_per_year)")
        #expect(Self.failure("a.b.c=6") == "'a.b.c' is not of the form section.key (e.g. governance.meetings_per_year)")
        #expect(Self.failure(".key=6") == "'.key' is not of the form section.key (e.g. governance.meetings_per_year)")
        #expect(Self.failure("a b.c=6") == "'a b.c' is not of the form section.key (e.g. governance.meetings_per_year)")
        #expect(Self.failure("=6") != nil)
    }

    /// TOML that goes on past its one value (another key, a table) is refused, not spliced or quoted.
    @Test(arguments: ["8\n[approvals]\nnec = 1", "8\nother = 9", "8\n[[officers]]\npost = \"chair\"", "{}\n[v2]"])
    func valueThatWritesMoreThanOneThingIsRefused(value: String) {
        let message = Self.failure("meetings.meetings_per_year=" + value)
        #expect(
            message?.hasPrefix("the value given for 'meetings.meetings_per_year' is not one TOML value: it goes on to write '") == true,
            "\(message ?? "accepted")")
        #expect(message?.hasSuffix("; to set a text that looks like TOML, put it in quotes") == true)
    }

    @Test func summaryNamesTheChange() throws {
        #expect(try Self.parse("governance.meetings_per_year=6").summary == "set governance.meetings_per_year = 6")
        #expect(try Self.parse("governance.option=hybrid").summary == #"set governance.option = "hybrid""#)
        #expect(try Self.parse("clp.name=A\n[approvals]").summary == #"set clp.name = "A\n[approvals]""#)
    }

    @Test func existingValueIsReplacedWhereItIs() throws {
        let original = TOMLParser.parse(MiniEdition.selections, path: "ours.toml").document
        let amended = try Self.apply("governance.meetings_per_year=6", to: MiniEdition.selections)
        let governance = try #require(amended.root["governance"]?.table)
        #expect(governance.keys == ["option", "meetings_per_year"])
        #expect(governance["meetings_per_year"]?.integer == 6)
        #expect(amended.root.keys == original.root.keys)
        #expect(amended.root["governance"]?.range == original.root["governance"]?.range)
        #expect(amended.span(try #require(governance["option"]?.range)).file == "ours.toml")
        #expect(amended.span(try #require(governance["meetings_per_year"]?.range)) == SourceSpan(file: "--set", range: 29..<30))
        #expect(amended.supplement?.source.text == "governance.meetings_per_year=6\n")
    }

    @Test func missingKeyIsAddedToItsSection() throws {
        let amended = try Self.apply("governance.delegate_ratio=20", to: MiniEdition.selections)
        #expect(amended.root["governance"]?.table?.keys == ["option", "meetings_per_year", "delegate_ratio"])
        let edition = try MiniEdition.fixture.loaded()
        let (loaded, problems) = SelectionsLoader.load(amended, edition: edition)
        #expect(problems == [])
        #expect(loaded?.choices["governance"]?.parameters["delegate_ratio"]?.value == 20)
        #expect(loaded?.choices["governance"]?.parameters["delegate_ratio"]?.span == SourceSpan(file: "--set", range: 26..<28))
    }

    @Test func missingSectionIsAdded() throws {
        let amended = try Self.apply("standing_orders.quorum_percent=20", to: MiniEdition.selections)
        #expect(amended.root.keys.last == "standing_orders")
        #expect(amended.root["standing_orders"]?.table?["quorum_percent"]?.integer == 20)
        #expect(amended.span(try #require(amended.root.entry("standing_orders")?.keyRange)) == SourceSpan(file: "--set", range: 0..<15))
        let forums = try Self.apply("forums.options=[]", to: "year = 2026")
        #expect(forums.root["forums"]?.table?["options"]?.array == [])
    }

    @Test func keyOfSomethingThatIsNotATableCannotBeSet() throws {
        let document = TOMLParser.parse(MiniEdition.selections, path: "ours.toml").document
        let result = SelectionsAmendment.apply([try Self.parse("edition.id=2019")], to: document)
        #expect(throws: AmendmentError.self) { try result.get() }
        if case .failure(let error) = result {
            #expect(error.description == "edition.id=2019: 'edition' in the file is not a table, so 'edition.id' cannot be set")
        }
    }

    /// However the section is written (header, inline table, dotted keys), the key lands in that section.
    @Test(arguments: [
        "edition = \"t\"\ngovernance = { option = \"delegate_gc\" }\nyear = 2026\n",
        "edition = \"t\"\ngovernance.option = \"delegate_gc\"\nyear = 2026\n",
        "edition = \"t\"\nyear = 2026\n[governance]\noption = \"delegate_gc\"",
    ])
    func missingKeyLandsInItsSectionHoweverItIsWritten(text: String) throws {
        let amended = try Self.apply("governance.meetings_per_year=6", to: text)
        #expect(amended.root["governance"]?.table?["meetings_per_year"]?.integer == 6)
        #expect(amended.root["governance"]?.table?["option"]?.string == "delegate_gc")
        #expect(amended.root["meetings_per_year"] == nil)
        #expect(amended.root.keys == ["edition", "governance", "year"] || amended.root.keys == ["edition", "year", "governance"])
    }

    @Test func laterAmendmentOfTheSameKeyWinsAndEachIsLocatedOnItsOwnLine() throws {
        let amended = try Self.apply(
            ["governance.meetings_per_year=6", "forums.options=[]", "governance.meetings_per_year=9"], to: MiniEdition.selections)
        let value = try #require(amended.root["governance"]?.table?["meetings_per_year"])
        #expect(value.integer == 9)
        let span = amended.span(value.range)
        #expect(span.file == "--set")
        let supplement = try #require(amended.supplement)
        #expect(SourceLocationConverter(text: supplement.source.text).location(of: span.range.lowerBound).line == 3)
    }

    /// Applying is one pass: many amendments to one section cost about as much as the file and the arguments.
    @Test func manyAmendmentsAreAppliedInOnePass() throws {
        let arguments = (0..<20_000).map { "governance.key_\($0)=\($0)" }
        let clock = ContinuousClock()
        let started = clock.now
        let amended = try Self.apply(arguments, to: MiniEdition.selections)
        let elapsed = clock.now - started
        #expect(amended.root["governance"]?.table?.count == 20_002)
        #expect(amended.root["governance"]?.table?["key_19999"]?.integer == 19_999)
        #expect(elapsed < .seconds(20), "\(elapsed)")
    }
}
