import Testing

@testable import Rulebook

/// The ids a menu's migration map names: `section` or `section.item`, each part snake_case, read on the bytes.
@Suite struct ItemIDTests {
    @Test(arguments: ["governance", "governance.option", "posts.chair", "forums.women_s_forum", "a1.b_2"])
    func aSectionOrOneItemInItIsAnItemID(_ id: String) {
        #expect(EditionLoader.isValidItemID(id))
    }

    @Test(arguments: [
        "", ".", "governance.", ".option", "a.b.c", "a..b", "Governance", "1st", "gov-ernance", "gövernance",
        "governance.Option", "governance. option", "_x",
    ])
    func anythingElseIsNot(_ id: String) {
        #expect(!EditionLoader.isValidItemID(id))
    }

    @Test func oneIDIsOnePartOnly() {
        #expect(EditionLoader.isValidID("bame_officer"))
        #expect(!EditionLoader.isValidID("posts.bame_officer"))
        #expect(!EditionLoader.isValidID(""))
    }
}
