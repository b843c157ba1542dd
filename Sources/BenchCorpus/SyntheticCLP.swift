/// One fictional CLP of a synthetic report set: its name, region and edition, and the years it reports on,
/// each with the governance model it ran (so some CLPs move between a delegate General Committee and
/// all-member meetings and back) and the facts and choices that vary from year to year. Made from the set's
/// seed and the CLP's number alone, so any CLP can be made without the others.
public struct SyntheticCLP: Sendable {
    /// What one year of the CLP looks like, before it is written as a selections file.
    public struct Year: Sendable {
        public var year: Int
        /// `delegate_gc` or `all_member_meetings`.
        public var governance: String
        public var members: Int
        /// Whether the AGM changed the governance model (a vote is then needed, and the NEC's approval).
        public var structureChanged: Bool
        /// The vote on the change, for and against; nil when none is recorded.
        public var vote: (for: Int, against: Int)?
        /// Whether the NEC approved a change of structure (when there was one).
        public var structureApproved: Bool
        /// Whether the policy forum's approval has arrived (when the year's template records one).
        public var policyApproved: Bool
        /// General Meetings a year, and the branch delegate ratio for a delegate GC.
        public var meetingsPerYear: Int
        public var delegateRatio: Int
        /// A mistake made on purpose, so that some years are invalid; nil for none.
        public var fault: Fault?
        /// The seed of everything else about the year (branches, feedback).
        public var seed: UInt64
    }

    /// The mistakes a synthetic year may carry.
    public enum Fault: String, Sendable, CaseIterable {
        /// Too few General Meetings a year.
        case tooFewMeetings
        /// A branch with one woman officer.
        case branchWomenOfficers
        /// A change of structure with no vote recorded.
        case unrecordedVote
    }

    public var number: Int
    public var name: String
    public var slug: String
    public var region: PhraseBank.Region
    /// `2012` or `2019`.
    public var edition: String
    public var years: [Year]

    /// The editions' years: 2012 reports on 2012–2018, 2019 on 2019–2023.
    public static let editionYears: [(id: String, years: ClosedRange<Int>)] = [
        ("2012", 2012...2018), ("2019", 2019...2023),
    ]

    /// CLP `number` of the set seeded with `seed`, reporting on years within `within`; nil when no edition's years
    /// overlap it.
    public init?(number: Int, seed: UInt64, within: ClosedRange<Int>) {
        var random = SeededGenerator(seed: seed, item: number)
        let editions = Self.editionYears.filter { $0.years.overlaps(within) }
        guard !editions.isEmpty else { return nil }
        let chosen = editions.count > 1 && random.chance(35) ? editions[0] : editions[editions.count - 1]
        let years = chosen.years.clamped(to: within)
        self.number = number
        name = Self.name(number)
        slug = Self.slug(name)
        region = PhraseBank.regions[number % PhraseBank.regions.count]
        edition = chosen.id
        let count = min(years.count, random.pick([1, 2, 3, 3, 4, 4, 5, 5, 5]))
        let first = random.int(years.lowerBound...(years.upperBound - count + 1))
        let size = region.members
        // Mostly the smaller of two draws: most CLPs are small, a few have thousands.
        let hundreds = random.chance(25) ? random.int(size) : min(random.int(size), random.int(size))
        var members = min(3000, max(150, hundreds * 100 + random.int(0...99)))
        var governance = random.chance(members > 900 ? 65 : 40) ? "delegate_gc" : "all_member_meetings"
        self.years = (first..<(first + count)).enumerated().map { index, year in
            let changes = index > 0 && random.chance(12)
            if changes { governance = governance == "delegate_gc" ? "all_member_meetings" : "delegate_gc" }
            if index > 0 { members = min(3000, max(150, members + members * random.int(-8...9) / 100)) }
            let votes = random.int(30...160)
            let share = random.chance(85) ? random.int(67...90) : random.int(40...66)
            var fault = random.chance(14) ? random.pick(Fault.allCases) : nil
            if fault == .unrecordedVote && !changes { fault = nil }
            return Year(
                year: year, governance: governance, members: members, structureChanged: changes,
                vote: changes && fault != .unrecordedVote ? (votes * share / 100, votes - votes * share / 100) : nil,
                structureApproved: random.chance(65), policyApproved: random.chance(78),
                meetingsPerYear: random.int(8...10), delegateRatio: random.pick([10, 12, 15, 20, 25]), fault: fault,
                seed: random.next())
        }
    }

    /// A name no other CLP of the set has: one or two places, or three with a comma, and a direction.
    public static func name(_ number: Int) -> String {
        let places = PhraseBank.places
        let suffixes = ["", " North", " South", " East", " West", " Central", "+three"]
        let total = places.count * places.count * suffixes.count
        // A step coprime with the total scatters neighbouring numbers over the names.
        let index = (number % total) * 7919 % total
        let first = places[index % places.count]
        let second = places[index / places.count % places.count]
        let suffix = suffixes[index / (places.count * places.count)]
        var name =
            if suffix == "+three" {
                first + ", " + (first == second ? "Upper " : "") + second + " and " + places[(index + 1) % places.count]
            } else if first == second {
                first + suffix
            } else {
                first + " and " + second + suffix
            }
        if number >= total { name += " " + String(number / total + 1) }
        return name
    }

    /// The name in lower case, letters and digits only, words joined by `-`.
    public static func slug(_ name: String) -> String {
        var slug = ""
        for character in name.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        return slug.hasSuffix("-") ? String(slug.dropLast()) : slug
    }
}
