import Rulebook
import Testing

/// `draft = true` in `edition.toml`: read, shown on the booklet, and left out of the digest.
@Suite struct EditionDraftTests {
    static func fixture(_ header: String) -> EditionFixture {
        var fixture = MiniEdition.fixture
        fixture.edition = header + "\n" + fixture.edition
        return fixture
    }

    @Test func draftIsReadAndShownOnTheBooklet() throws {
        let draft = try Self.fixture("draft = true").loaded()
        #expect(draft.isDraft)
        let booklet = BookletBuilder(edition: draft).build()
        #expect(booklet.watermark == "DRAFT")
        #expect(booklet.subtitle?.hasPrefix("Draft menu edition t, not yet published") == true)
        let published = try MiniEdition.fixture.loaded()
        #expect(!published.isDraft)
        #expect(BookletBuilder(edition: published).build().watermark == nil)
    }

    @Test func draftIsNotPartOfTheDigest() throws {
        let draft = try Self.fixture("draft = true").loaded()
        let published = try MiniEdition.fixture.loaded()
        #expect(draft.digest == published.digest)
    }

    @Test func aDraftThatIsNotABooleanIsAnError() {
        let result = Self.fixture("draft = \"yes\"").load()
        #expect(result.edition == nil)
        #expect(result.diagnostics.contains { $0.message.contains("draft") })
    }
}
