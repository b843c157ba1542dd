import Rulebook
import Testing

/// The redline between two years: choices in words, clause by clause with word diffs.
@Suite struct RedlineTests {
    @Test func changingOneSettingChangesExactlyItsClauses() throws {
        let last = try ShippedYear.example("eastbrook-2022.toml")
        let this = try ShippedYear.example("eastbrook-2022.toml", replacing: [("speech_mover_minutes = 5", "speech_mover_minutes = 7")])
        let redline = Redline(last: last, this: this)
        #expect(redline.choices.map(\.name) == ["standing_orders.speech_mover_minutes"])
        #expect(redline.choices.first?.before == "5" || redline.choices.first?.before?.hasPrefix("5 ") == true)
        #expect(redline.clauses.map(\.title) == ["Rules of debate"])
        let change = try #require(redline.clauses.first)
        #expect(change.kind == .changed)
        let removed = change.paragraphs.flatMap { $0 }.compactMap { if case .removed(let text) = $0 { text } else { nil } }
        let added = change.paragraphs.flatMap { $0 }.compactMap { if case .added(let text) = $0 { text } else { nil } }
        #expect(removed == ["5"])
        #expect(added == ["7"])
    }

    @Test func theSameYearHasNoChanges() throws {
        let year = try ShippedYear.example("riverside-2023.toml")
        let redline = Redline(last: year, this: year)
        #expect(redline.isEmpty)
        #expect(redline.unchanged == StandingOrdersBuilder(year).build().provisions.count)
    }

    @Test func worksAcrossEditions() throws {
        let last = try ShippedYear.example("aldermoor-2015.toml")
        let this = try ShippedYear.example("riverside-2023.toml")
        let redline = Redline(last: last, this: this)
        #expect(last.edition.id == "2012")
        #expect(this.edition.id == "2019")
        // Clauses matched by title across editions are changed, not removed and added.
        #expect(redline.clauses.contains { $0.kind == .changed && $0.title == "Quorum" })
        #expect(!redline.clauses.contains { $0.kind == .added && $0.title == "Quorum" })
        let document = redline.document()
        #expect(document.title.contains("2015 to 2023"))
    }

    @Test func wordDiffMarksOnlyWhatChanged() {
        #expect(
            WordDiff.diff("the quorum is 15 delegates", "the quorum is 20 delegates")
                == [.same("the quorum is"), .removed("15"), .added("20"), .same("delegates")])
        #expect(WordDiff.diff("", "new words") == [.added("new words")])
        #expect(WordDiff.diff("old words", "") == [.removed("old words")])
        #expect(WordDiff.diff("same", "same") == [.same("same")])
    }

    @Test func veryLongTextsAreComparedAsWholes() {
        let long = Array(repeating: "word", count: WordDiff.maximumWords + 1).joined(separator: " ")
        let pieces = WordDiff.diff(long, long + " more")
        #expect(pieces.count == 2)
    }
}
