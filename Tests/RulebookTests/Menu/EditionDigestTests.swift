import Rulebook
import Testing

/// The edition digest: the same for the same content however it is written, different for any change
/// of meaning, and reproducible from the canonical form documented in `docs/formats.md`.
@Suite struct EditionDigestTests {
    /// The mini edition with a report question, so that every part of the model is present.
    static var base: EditionFixture {
        var fixture = MiniEdition.fixture
        fixture.edition += """

            [[question]]
            id = "attendance"
            text = "How many members came to the AGM?"
            type = "integer"
            required = true

            """
        return fixture
    }

    /// `text` with each `(old, new)` replaced; records an issue when `old` is not there.
    static func edit(
        _ text: String, _ replacements: [(String, String)], sourceLocation: SourceLocation = #_sourceLocation
    ) -> String {
        var result = text
        for (old, new) in replacements {
            #expect(result.contains(old), "'\(old)' is not in the text", sourceLocation: sourceLocation)
            result = result.replacing(old, with: new)
        }
        return result
    }

    /// The base fixture written differently: comments, spacing, key order inside tables, other string and
    /// integer spellings, inline arrays of tables, CRLF line ends, and the section files in another order.
    static var reformatted: EditionFixture {
        var fixture = base
        fixture.edition = edit(
            "# The test edition, reformatted.\n\n" + fixture.edition,
            [
                ("id = \"t\"\ntitle = \"Test edition\"", "title   =   \"Test edition\"   # shown on the booklet\nid=\"t\""),
                ("intro = \"The **test** edition.\"", "intro = '''The **test** edition.'''"),
                ("range = [0, 20000]\ncite", "range = [ 0 , 20_000 ]  # a large CLP\ncite"),
                ("[[post]]\nid = \"chair\"\ntitle = \"Chair\"\n\n[[post]]\nid = \"secretary\"\ntitle = \"Secretary\"", ""),
                // An inline array of tables, before the first table header so that it belongs to the root.
                (
                    "\n[[fact]]\nid = \"members\"",
                    "post = [{ title = \"Chair\", id = \"chair\" }, { id = \"secretary\", title = \"Secretary\" }]\n"
                        + "\n[[fact]]\nid = \"members\""
                ),
                ("code = \"GEN01\"\nseverity = \"warning\"", "severity = \"warning\"\n    code = \"GEN01\""),
                ("require = 'any(officers where post == \"chair\")'", "require = \"any( officers   where post==\\\"chair\\\" )\""),
                ("to = \"forums.bame_forum\"\nnote", "note = \"the forum was renamed in this edition\"\nto = \"forums.bame_forum\"\n#"),
            ])
        fixture.sections[MiniEdition.governanceIndex] = edit(
            fixture.sections[MiniEdition.governanceIndex],
            [
                ("requires = \"facts.members <= 2000\"", "requires = \"(facts.members)<=2000\""),
                ("range = [1, 12]\ndefault = 10", "default = +10\nrange = [1,12]"),
                ("{{governance.meetings_per_year}}", "{{ governance.meetings_per_year }}"),
                ("require = \"governance.meetings_per_year >= 8\"", "require = \"\"\"\ngovernance.meetings_per_year\n  >= 8\"\"\""),
            ])
        // CRLF line ends, also inside the multi-line example snippets (TOML reads them as LF).
        for index in [MiniEdition.governanceIndex, MiniEdition.forumsIndex] {
            fixture.sections[index] = fixture.sections[index].replacing("\n", with: "\r\n")
        }
        // The section files in another order; the edition's `sections` list gives the order that counts.
        fixture.sections.reverse()
        return fixture
    }

    @Test func reformattingDoesNotChangeTheDigest() throws {
        let original = try Self.base.loaded()
        #expect(Self.reformatted.load().lines == [], "the reformatted fixture must load without any diagnostic")
        let reformatted = try Self.reformatted.loaded()
        let before = String(decoding: EditionDigest.canonicalForm(of: original), as: UTF8.self).split(separator: "\n")
        let after = String(decoding: EditionDigest.canonicalForm(of: reformatted), as: UTF8.self).split(separator: "\n")
        #expect(before.count == after.count)
        for (line, (old, new)) in zip(before, after).enumerated() where old != new {
            Issue.record("canonical line \(line + 1) differs: '\(old)' became '\(new)'")
        }
        #expect(reformatted.digest == original.digest)
    }

    /// One change of meaning each: a file index (nil for `edition.toml`), the text and its replacement.
    static let changes: [(String, Int?, String, String)] = [
        ("edition title", nil, "title = \"Test edition\"", "title = \"Test Edition\""),
        ("edition intro", nil, "The **test** edition.", "The *test* edition."),
        ("published date", nil, "published = 2019-11-01", "published = 2019-11-02"),
        ("valid years", nil, "valid_years = [2020, 2030]", "valid_years = [2020, 2031]"),
        ("section order", nil, "[\"governance\", \"forums\", ", "[\"forums\", \"governance\", "),
        ("fact range", nil, "range = [0, 20000]\ncite", "range = [0, 20001]\ncite"),
        ("fact default", nil, "default = 4", "default = 5"),
        ("post title", nil, "title = \"Chair\"", "title = \"Chairperson\""),
        ("constraint severity", nil, "severity = \"warning\"", "severity = \"error\""),
        ("constraint code", nil, "code = \"GEN01\"", "code = \"GEN03\""),
        ("constraint citation", nil, "Chapter 7, Clause II\"", "Chapter 7, Clause III\""),
        ("constraint expression", nil, "post == \"chair\")'", "post != \"chair\")'"),
        ("constraint example", nil, "name = \"C. Other\"", "name = \"C. Another\""),
        ("report question", nil, "How many members came", "How many members attended"),
        ("question required", nil, "required = true", "required = false"),
        ("migration target", nil, "to = \"forums.bame_forum\"", "to = \"forums.womens_forum\""),
        ("migration note", nil, "renamed in this edition", "renamed in this year"),
        ("option requires", MiniEdition.governanceIndex, "<= 2000", "<= 2001"),
        ("parameter range", MiniEdition.governanceIndex, "range = [1, 12]", "range = [1, 11]"),
        ("parameter default", MiniEdition.governanceIndex, "default = 10", "default = 9"),
        ("parameter unit", MiniEdition.governanceIndex, "unit = \"meetings\"", "unit = \"meetings a year\""),
        ("section default", MiniEdition.governanceIndex, "default = \"delegate_gc\"", "default = \"all_member_meetings\""),
        ("message text", MiniEdition.governanceIndex, "a year, not {{", "a year, and not {{"),
        ("fail example", MiniEdition.governanceIndex, "meetings_per_year = 6", "meetings_per_year = 5"),
        ("option approval", MiniEdition.forumsIndex, "approvals = [\"nec\"]\n", ""),
        ("option summary", MiniEdition.forumsIndex, "A forum for women members", "A forum for women"),
        ("derived value", MiniEdition.standingOrdersIndex, "max(5, ", "max(6, "),
        ("clause text", MiniEdition.standingOrdersIndex, "{{quorum}} members.", "{{quorum}} members present."),
        ("parameter title", MiniEdition.standingOrdersIndex, "Quorum (per cent", "Quorum (percentage"),
    ]

    @Test(arguments: changes.map { ($0.0, $0.1, $0.2, $0.3) })
    func anyChangeOfMeaningChangesTheDigest(change: String, file: Int?, old: String, new: String) throws {
        var fixture = Self.base
        if let file {
            fixture.sections[file] = Self.edit(fixture.sections[file], [(old, new)])
        } else {
            fixture.edition = Self.edit(fixture.edition, [(old, new)])
        }
        let changed = try fixture.loaded()
        #expect(changed.digest != (try Self.base.loaded()).digest, "\(change)")
    }

    @Test func reorderingOptionsChangesTheDigest() throws {
        var fixture = Self.base
        let parts = fixture.sections[MiniEdition.forumsIndex].split(separator: "[[option]]", omittingEmptySubsequences: false)
        try #require(parts.count == 4)
        fixture.sections[MiniEdition.forumsIndex] = ([parts[0], parts[2], parts[1], parts[3]]).joined(separator: "[[option]]")
        let reordered = try fixture.loaded()
        #expect(reordered.section("forums")?.options.map(\.id) == ["bame_forum", "womens_forum", "youth_forum"])
        #expect(reordered.digest != (try Self.base.loaded()).digest)
    }

    @Test func digestIsTheSHA256OfTheCanonicalForm() throws {
        let edition = try Self.base.loaded()
        #expect(edition.digest.hex == SHA256.hex(EditionDigest.canonicalForm(of: edition)))
        #expect(EditionDigest.compute(edition) == edition.digest)
        #expect(edition.digest.short == String(edition.digest.hex.prefix(12)))
        #expect(edition.digest.description == edition.digest.hex)
    }

    /// The worked example of `docs/formats.md`, "Edition digest": the whole canonical form of a tiny edition.
    @Test func canonicalFormOfATinyEditionIsAsDocumented() throws {
        let edition = try EditionFixture(
            edition: """
                id = "t"
                title = "Tiny"
                rule_book = "Rule Book T"
                sections = ["meetings"]
                """,
            sections: [
                """
                id = "meetings"
                title = "Meetings"
                choose = "none"

                [[parameter]]
                id = "per_year"
                title = "Meetings a year"
                type = "integer"
                range = [1, 12]
                default = 8

                [[constraint]]
                id = "enough"
                code = "MTG01"
                require = "meetings.per_year>=6"
                message = "{{ meetings.per_year }} meetings are too few"
                """
            ]
        ).loaded()
        let expected = """
            format s24:clpconf.edition-digest/3
            schema_version i1
            id s1:t
            title s4:Tiny
            published -
            supersedes -
            rule_book s11:Rule Book T
            valid_years -
            agm_dates -
            intro s0:
            sections n1
            section.id s8:meetings
            section.title s8:Meetings
            section.intro s0:
            section.choose s4:none
            section.defaults n0
            section.cite -
            section.options n0
            section.parameters n1
            parameter.id s8:per_year
            parameter.section s8:meetings
            parameter.title s15:Meetings a year
            parameter.type s7:integer
            parameter.range r1..12
            parameter.default i8
            parameter.unit -
            parameter.applies -
            parameter.suggest -
            parameter.advice s0:
            parameter.cite -
            constraints n1
            constraint.id s6:enough
            constraint.section s8:meetings
            constraint.code s5:MTG01
            constraint.when -
            constraint.require s22:meetings.per_year >= 6
            constraint.severity s5:error
            constraint.message n2
            node.value s17:meetings.per_year
            node.text s21: meetings are too few
            constraint.because -
            constraint.cite -
            constraint.fix -
            constraint.rationale -
            constraint.pass n0
            constraint.fail n0
            derived n0
            clauses n0
            schedules n0
            facts n0
            posts n0
            votes n0
            approvals n0
            matters n0
            constraints n0
            derived n0
            clauses n0
            schedules n0
            questions n0
            parts n1
            part.id s8:meetings
            part.title s8:Meetings
            part.clauses n0
            part.sections n1
            section s8:meetings
            migration -

            """
        #expect(String(decoding: EditionDigest.canonicalForm(of: edition), as: UTF8.self) == expected)
        #expect(edition.digest.hex == SHA256.hex(Array(expected.utf8)))
    }

    /// The digest of the shipped 2019 edition, recorded once: it changes only when the edition's content
    /// (or the canonical form, with ``EditionDigest/formatVersion``) changes. Update it deliberately.
    @Test func shippedEditionDigestIsStable() throws {
        let edition = try #require(EditionLoader.load(try ShippedEditionTests.source("2019")).edition)
        let hex = edition.digest.hex
        #expect(hex.count == 64)
        #expect(hex.allSatisfy { "0123456789abcdef".contains($0) })
        #expect(hex == "83f1825e5a6e42d4c99ce9821a4fc641c411e3eb7679f423832b1da0711c58fd")
        // Hashed a chunk at a time as it is written (the form is ten times the chunk), the same as hashed whole.
        let form = EditionDigest.canonicalForm(of: edition)
        #expect(form.count > 10 * 32 * 1024)
        #expect(hex == SHA256.hex(form))
    }

    /// The 2012 edition's digest, pinned the same way.
    @Test func shipped2012EditionDigestIsStable() throws {
        let edition = try #require(EditionLoader.load(try ShippedEditionTests.source("2012")).edition)
        #expect(edition.digest.hex == "6abe8214cd4ad79a7c246e00eb79c345956d09e49237a38ffba6c290ee28f85a")
    }

    @Test func digestTextIsReadBackOnlyWhenWellFormed() throws {
        let edition = try Self.base.loaded()
        #expect(EditionDigest(hex: edition.digest.hex) == edition.digest)
        #expect(EditionDigest(hex: edition.digest.hex.uppercased()) == nil)
        #expect(EditionDigest(hex: String(edition.digest.hex.dropLast())) == nil)
        #expect(EditionDigest(hex: String(edition.digest.hex.dropLast()) + "g") == nil)
    }
}
