import Rulebook
import Testing

/// The booklet a secretary reads for an edition.
@Suite struct BookletBuilderTests {
    /// Every block of a tree, depth first, as one line of text each, to search without caring about nesting.
    static func flatten(_ blocks: [DocumentBlock]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let level, let text, let anchor): ["h\(level) \(text)" + (anchor.map { " #\($0)" } ?? "")]
            case .paragraph(let inlines): ["p " + inlines.map(\.plain).joined()]
            case .markdown(let text): ["md " + text]
            case .bullets(let items): items.map { "- " + $0.map(\.plain).joined() }
            case .definitions(let pairs): pairs.map { "\($0.term): " + $0.detail.map(\.plain).joined() }
            case .table(let header, let rows): ([header] + rows).map { "| " + $0.joined(separator: " | ") }
            case .callout(let label, let inner): ["[\(label)]"] + flatten(inner)
            case .contents(let entries): entries.map { "toc \($0.title) #\($0.anchor)" }
            case .group(let name, let inner): ["<\(name)>"] + flatten(inner)
            case .preformatted(let text): ["pre " + text]
            case .provision(let provision):
                ["§\(provision.number) \(provision.title) #\(provision.anchor)"] + flatten(provision.blocks)
                    + ["source " + provision.source]
            case .chart(let chart): ["chart " + chart.title] + chart.bars.map { "bar \($0.label): \($0.text)" }
            }
        }
    }

    @Test func bookletHasTitleAndContents() throws {
        let booklet = BookletBuilder(edition: try MiniEdition.fixture.loaded()).build()
        #expect(booklet.title == "Test edition")
        #expect(booklet.subtitle == "Menu edition t, published 1 November 2019. Models the Rule Book T.")
        let lines = Self.flatten(booklet.blocks)
        #expect(
            Array(lines.prefix(5)) == [
                "md The **test** edition.",
                "toc How the CLP is governed #governance",
                "toc Forums #forums",
                "toc Standing orders #standing-orders",
                "toc Rules for every CLP #general-rules",
            ])
        let headings = lines.filter { $0.hasPrefix("h1 ") }
        #expect(
            headings == [
                "h1 How the CLP is governed #governance", "h1 Forums #forums", "h1 Standing orders #standing-orders",
                "h1 Rules for every CLP #general-rules",
            ])
    }

    @Test func everyOptionHasItsSummaryAdviceAndConditions() throws {
        let lines = Self.flatten(BookletBuilder(edition: try MiniEdition.fixture.loaded()).build().blocks)
        for advice in [
            "Suits large CLPs with many branches.", "Suits smaller CLPs.", "Meets at least twice a year.", "Open to all BAME members.",
            "Needs NEC approval.",
        ] {
            #expect(lines.contains("md " + advice))
        }
        let delegate = try #require(lines.firstIndex(of: "h3 Delegate General Committee #governance-delegate-gc"))
        #expect(
            Array(lines[delegate...].prefix(6)) == [
                "h3 Delegate General Committee #governance-delegate-gc",
                "p Branches send delegates to a General Committee",
                "p This is the default if you choose nothing.",
                "md Suits large CLPs with many branches.",
                #"p In your selections file: [governance] option = "delegate_gc""#,
                "<option>",
            ])
        #expect(lines.contains("- Only when: facts.members <= 2000"))
        #expect(lines.contains("- Not when: facts.members < 100"))
        #expect(lines.contains("- Needs approval from the National Executive Committee before it takes effect."))
        #expect(lines.contains(#"p In your selections file: [forums] options = ["youth_forum", ...]"#))
    }

    @Test func parametersAreTabledWithRangeAndDefault() throws {
        let lines = Self.flatten(BookletBuilder(edition: try MiniEdition.fixture.loaded()).build().blocks)
        let table = try #require(lines.firstIndex(of: "| Setting | Allowed | Default | Key"))
        #expect(
            Array(lines[table...].prefix(3)) == [
                "| Setting | Allowed | Default | Key",
                "| General meetings a year | 1 to 12 meetings | 10 meetings | governance.meetings_per_year",
                "| Members per branch delegate | 5 to 50 | 15 | governance.delegate_ratio",
            ])
        #expect(lines.contains("| Quorum (per cent of members) | 1 to 100 | 10 | standing_orders.quorum_percent"))
        #expect(lines.contains("md Eight is the minimum."))
    }

    @Test func rulesShowCodeMessageFixAndCitation() throws {
        let lines = Self.flatten(BookletBuilder(edition: try MiniEdition.fixture.loaded()).build().blocks)
        let rule = try #require(lines.firstIndex { $0.hasPrefix("p Rule GOV02. ") })
        #expect(
            Array(lines[rule...].prefix(3)) == [
                "p Rule GOV02. members must be offered at least 8 general meetings a year, not …",
                "p How to put it right: set governance.meetings_per_year to 8 or more",
                "p Source: Rule Book T, Chapter 7, Clause VIII.3",
            ])
        #expect(lines.contains("p Advice GEN01. the CLP should elect a chair"), "a warning is advice")
        let general = try #require(lines.firstIndex(of: "h1 Rules for every CLP #general-rules"))
        #expect(lines[general...].contains { $0.hasPrefix("p Advice GEN01.") })
    }

    @Test func bookletRendersToSafeHTML() throws {
        var fixture = MiniEdition.fixture
        fixture.sections[MiniEdition.forumsIndex] = fixture.sections[MiniEdition.forumsIndex]
            .replacing(
                #"advice = "Open to all BAME members.""#,
                with: #"advice = "Open to all. <script>alert(1)</script> See [the guide](https://example.org/guide).""#)
        let html = HTMLRenderer().render(BookletBuilder(edition: try fixture.loaded()).build())
        #expect(!html.contains("<script"))
        #expect(
            html.contains("Open to all. &lt;script&gt;alert(1)&lt;/script&gt; See <a href=\"https://example.org/guide\">the guide</a>."))
        #expect(html.ranges(of: "href=\"http").count == 1)
        #expect(html.contains(#"<h2 id="governance">How the CLP is governed</h2>"#))
    }

    @Test(arguments: [
        ("not {{governance.meetings_per_year}} meetings", "not … meetings"),
        ("a{{#when x > 1}} b{{else}} c{{/when}}.", "a b."),
        ("{{#when a}}x{{#when b}}y{{else}}z{{/when}}{{else}}w{{/when}}!", "xy!"),
        ("{{#each facts.branch}}{{name}}{{else}}none{{/each}} end", "… end"),
        ("{{#each facts.branch}}{{name}}, {{/each}}", "…, "),
        ("no tags", "no tags"),
        (#"only {{plural(count(facts.branch), "branch", "branches")}} meet"#, "only … branches meet"),
        (#"{{ plural(x, "seat", "trade union seats") }} left"#, "… trade union seats left"),
        (#"{{plural(x, "a", "")}} and {{plural(x)}}"#, "… and …"),
        (#"{{  plural(n, "seat", "seats")}}, {{plural(n, "seat", noun + "s")}}, {{plural(n, "seat", "seats") + "!"}}"#, "… seats, …, …"),
        ("broken {{tag", "broken {{tag"),
        ("a {b} { {c}} {{d}}", "a {b} { {c}} …"),
        ("x}} {{y}}{{{z}}}", "x}} ……}"),
        ("Café {{n}} ü — {{m}}!", "Café … ü — …!"),
    ])
    func plainTemplateShowsInterpolationsAsEllipses(template: String, plain: String) {
        #expect(BookletBuilder.plainTemplate(template) == plain)
    }

    @Test func anchorsAreLowercaseWordsJoinedByDashes() {
        #expect("Standing orders".anchorID == "standing-orders")
        #expect("governance-delegate_gc".anchorID == "governance-delegate-gc")
        #expect("Rules for 2019!!".anchorID == "rules-for-2019")
    }
}
