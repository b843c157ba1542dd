/// The words synthetic reports are made of: fictional place names for CLPs and branches, the party's regions,
/// and what secretaries write at year end ("what worked", "what did not work", comments on an option), so
/// that word counts and common phrases in a compiled set mean something. Every phrase is the generator's
/// own text; it still goes through ``TOML/TOMLWriter`` like any other.
public enum PhraseBank {
    /// One of the party's regions: its name as a selections file gives it, a short code for references, and how
    /// many members a CLP there has, in hundreds, at the low and high end.
    public struct Region: Sendable, Hashable {
        public var name: String
        public var code: String
        public var members: ClosedRange<Int>
    }

    /// The nine English regions, Scotland and Wales.
    public static let regions: [Region] = [
        Region(name: "North East", code: "NE", members: 1...14),
        Region(name: "North West", code: "NW", members: 3...22),
        Region(name: "Yorkshire and the Humber", code: "YH", members: 2...18),
        Region(name: "East Midlands", code: "EM", members: 1...15),
        Region(name: "West Midlands", code: "WM", members: 2...16),
        Region(name: "East of England", code: "EE", members: 2...16),
        Region(name: "London", code: "LDN", members: 6...30),
        Region(name: "South East", code: "SE", members: 3...20),
        Region(name: "South West", code: "SW", members: 2...18),
        Region(name: "Scotland", code: "SCO", members: 1...12),
        Region(name: "Wales", code: "WAL", members: 1...13),
    ]

    /// Fictional places, for CLP and branch names.
    public static let places = [
        "Aldbury", "Ashcombe", "Barnby Vale", "Beckford", "Bramhope", "Brightwater", "Caerwen", "Calder Bridge",
        "Carnmore", "Castlemoor", "Chalkdown", "Cliffe", "Coldharbour", "Cranbrook Hill", "Dalmuir",
        "Deepdale", "Dunmore", "Easterhope", "Elmstead", "Fairhaven", "Fenwick", "Gartmore", "Glanrhyd",
        "Greystone", "Hallbeck", "Harrowfield", "Heathcote", "Hollowell", "Ironbridge Vale", "Kelmscott",
        "Kingsmead", "Kirkbride", "Langley Moor", "Lowther", "Maesglas", "Marshfield", "Milltown", "Netherby",
        "Newhall", "Northbrook", "Oakenshaw", "Pencarrow", "Penhallow", "Quarry Bank", "Redmire", "Rivermead",
        "Rosehill", "Saltfleet", "Seaton Vale", "Southgate", "Stanbury", "Stonehaven", "Thornbury",
        "Tregarth", "Upperthorpe", "Wellbrook", "Westmoor", "Whitecross", "Willowfield", "Woodhouse",
        "Wrenfield", "Yarrow",
    ]

    /// What follows a place in a branch's name.
    public static let branchSuffixes = [
        "", " Central", " North", " South", " East", " West", " and District", " Villages",
    ]

    /// How a CLP's name ends after its places.
    public static let clpSuffixes = ["", "", "", " North", " South", " East", " West", " Central"]

    /// What worked well this year: each a clause a secretary might write, joined into an answer.
    public static let worked = [
        "all-member meetings on a weekday evening brought in many new members",
        "the delegate General Committee kept business focused and short",
        "publishing the agenda a week ahead meant motions arrived on time",
        "branch secretaries met monthly and shared the canvassing rota",
        "the women's forum ran two well attended training sessions",
        "hybrid meetings let members with caring responsibilities take part",
        "the development plan gave the executive clear targets for the year",
        "the policy forum sent three submissions to the National Policy Forum",
        "a buddy scheme for new members kept most of them coming back",
        "the campaign committee organised a canvass every weekend before the elections",
        "moving meetings to a community centre on a bus route raised attendance",
        "the treasurer's quarterly report made the budget easy to follow",
        "trade union delegates brought motions on local disputes",
        "the youth officer started a group that now meets every month",
        "a shorter agenda with timed items meant meetings ended by nine",
        "the BAME forum held an open meeting with the councillors",
        "job-sharing the secretary's post spread the workload fairly",
        "online ballots for officer elections were quick and trusted",
        "branch funding let the smaller branches print their own leaflets",
        "the regional office helped us redraw branch boundaries",
    ]

    /// What did not work, or was hard to keep going.
    public static let didNotWork = [
        "branch meetings dwindled once members could come to every all-member meeting",
        "several meetings were not quorate in the summer months",
        "the executive struggled to fill the vacant officer posts",
        "hybrid meetings needed a second volunteer for the laptop and sound",
        "affiliates rarely sent their delegates to the General Committee",
        "motions arrived too late to be put on the agenda",
        "the development plan was agreed late and never reviewed",
        "the women's forum stopped meeting after its organiser moved away",
        "the room we hire became too expensive for monthly meetings",
        "new members found the standing orders hard to follow",
        "the local government committee met only once",
        "approval for the policy forum took most of the year to arrive",
        "attendance fell when meetings moved online",
        "the treasurer's post was vacant for four months",
        "two branches did not hold an AGM in time to elect delegates",
        "campaign days clashed with branch meetings",
        "the youth group could not find anyone to run it",
        "long meetings meant members left before the policy items",
    ]

    /// A lesson for another CLP.
    public static let lessons = [
        "keep meetings to two hours and publish the agenda a week ahead",
        "agree the development plan at the AGM, not months later",
        "ask the regional office early about any approval you need",
        "give every new member a named contact for their first three months",
        "rotate the chair of branch meetings so more people learn the role",
        "hold the AGM before the summer so that branches can plan",
        "book rooms for the whole year at once",
    ]

    /// Help asked of the regional office or the national party.
    public static let help = [
        "training for new branch secretaries",
        "advice on keeping branches alive alongside all-member meetings",
        "a quicker answer on approvals",
        "a template for the development plan",
        "help with secure online ballots",
        "guidance on affiliation fees and delegate entitlements",
    ]

    /// A comment on how one chosen option worked, good then bad.
    public static let goodComments = [
        "worked well once the secretary had a rota", "attendance rose and new members stayed",
        "clear and easy to run", "members liked it", "well worth keeping", "better than last year",
    ]

    /// A comment on an option that did not work well.
    public static let poorComments = [
        "hard to keep going with so few volunteers", "nobody came after the spring", "too much paperwork",
        "needs a rethink next year", "worked in the city wards but not the villages", "the approval came too late",
    ]

    /// The clauses of `bank` a CLP run by `governance` could write: none about the other model.
    public static func fitting(_ bank: [String], governance: String) -> [String] {
        let other = governance == "delegate_gc" ? "all-member" : "General Committee"
        return bank.filter { !$0.contains(other) }
    }

    /// One to `count` clauses of `bank`, different, joined into a sentence that starts with a capital.
    public static func sentence(from bank: [String], count: Int, using random: inout SeededGenerator) -> String {
        var chosen: [String] = []
        let wanted = min(max(1, count), bank.count)
        while chosen.count < wanted {
            let clause = random.pick(bank)
            if !chosen.contains(clause) { chosen.append(clause) }
        }
        let text = chosen.joined(separator: "; ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
