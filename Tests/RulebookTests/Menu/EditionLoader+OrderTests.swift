import Diagnostics
import Rulebook
import Testing

/// The order of `sections` in edition.toml: a section listed twice says so, at the second listing.
@Suite struct EditionLoaderOrderTests {
    @Test func aSectionListedTwiceSaysListedTwice() throws {
        var fixture = MiniEdition.fixture
        fixture.edition = fixture.edition.replacing(
            #"["governance", "forums", "standing_orders"]"#, with: #"["governance", "forums", "forums", "standing_orders"]"#)
        let result = fixture.load()
        #expect(result.lines == ["edition.toml:8:37: error: section 'forums' is listed twice in 'sections' [M104]"])
        let note = try #require(result.with("M104").first?.notes.first)
        #expect(note.message == "'forums' first listed here")
        #expect(position(note.location, in: result.files) == "edition.toml:8:27")
    }
}
