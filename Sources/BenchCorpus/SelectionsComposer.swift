import TOML

/// Writes one synthetic CLP year as a selections file: a shipped example of the same edition and governance model
/// (the *template*), with its dates moved to the year and its identity, membership, branches, structure change,
/// approvals and a few settings replaced, every new value written through ``TOMLWriter``.
public struct SelectionsComposer: Sendable {
    /// A shipped example a year can start from.
    public struct Template: Sendable {
        public var edition: String
        public var governance: String
        /// The year the example is for; its dates are moved by the difference.
        public var year: Int
        public var text: String

        public init(edition: String, governance: String, year: Int, text: String) {
            self.edition = edition
            self.governance = governance
            self.year = year
            self.text = text
        }
    }

    public var templates: [Template]

    public init(templates: [Template]) { self.templates = templates }

    /// The four templates from the shipped examples: `eastbrook-2022.toml` (2019, delegate GC),
    /// `riverside-2023.toml` (2019, all-member meetings) and `aldermoor-2015.toml` (2012, delegate GC; with its
    /// governance table changed, all-member meetings). `text` reads `examples/<name>`.
    public static func shipped(_ text: (String) throws -> String) throws -> SelectionsComposer {
        let aldermoor = try text("aldermoor-2015.toml")
        var amm = TOMLBlocks(aldermoor)
        // Only a delegate GC has delegates for officers to be.
        amm.unset("officers_must_be_delegates", in: TOMLBlocks.header(["executive"]))
        amm.replace(
            TOMLBlocks.header(["governance"]),
            with: [
                TOMLWriter.key("option") + " = " + TOMLWriter.string("all_member_meetings"),
                TOMLWriter.key("amm_eligible_weeks") + " = " + TOMLWriter.integer(8),
            ])
        return SelectionsComposer(templates: [
            Template(edition: "2019", governance: "delegate_gc", year: 2022, text: try text("eastbrook-2022.toml")),
            Template(
                edition: "2019", governance: "all_member_meetings", year: 2023, text: try text("riverside-2023.toml")),
            Template(edition: "2012", governance: "delegate_gc", year: 2015, text: aldermoor),
            Template(edition: "2012", governance: "all_member_meetings", year: 2015, text: amm.text),
        ])
    }

    /// Why a year cannot be written.
    public struct Missing: Error, CustomStringConvertible {
        public var description: String
    }

    /// The selections file for `year` of `clp`.
    public func text(_ clp: SyntheticCLP, _ year: SyntheticCLP.Year) throws -> String {
        guard let template = templates.first(where: { $0.edition == clp.edition && $0.governance == year.governance })
        else { throw Missing(description: "no template for edition \(clp.edition), \(year.governance)") }
        var random = SeededGenerator(seed: year.seed)
        var file = TOMLBlocks(template.text)
        try file.shiftDates(byYears: year.year - template.year)
        file.preamble = [
            TOMLWriter.comment("\(clp.name) CLP (synthetic, clpconf-bench reports), \(year.year)."),
            TOMLWriter.key("edition") + " = " + TOMLWriter.string(clp.edition),
            TOMLWriter.key("year") + " = " + TOMLWriter.integer(Int64(year.year)), "",
        ]
        file.replace(
            TOMLBlocks.header(["clp"]),
            with: [
                TOMLWriter.key("name") + " = " + TOMLWriter.string(clp.name),
                TOMLWriter.key("region") + " = " + TOMLWriter.string(clp.region.name),
            ])
        if clp.edition == "2019" && year.year <= 2020 { try early2019(year.year, in: &file) }
        let single = file.blocks.filter { $0.header == TOMLBlocks.arrayHeader(["facts", "branch"]) }
            .allSatisfy { $0.lines.contains(TOMLWriter.key("wards") + " = " + TOMLWriter.integer(1)) }
        let branches = Self.branches(clp, year, singleWard: single, &random)
        let facts = TOMLBlocks.header(["facts"])
        let integers: [(String, Int)] = [
            ("members", year.members), ("women_members", year.members * random.int(44...53) / 100),
            ("young_members", year.members * random.int(4...12) / 100), ("wards", branches.reduce(0) { $0 + $1.1 }),
        ]
        for (key, value) in integers { file.set(key, to: TOMLWriter.integer(Int64(value)), in: facts) }
        file.set("structure_changed", to: TOMLWriter.boolean(year.structureChanged), in: facts)
        file.set(
            "membership_target", to: TOMLWriter.integer(Int64(year.members * random.int(105...120) / 100)),
            in: TOMLBlocks.header(["development_plan"]))
        file.remove(TOMLBlocks.arrayHeader(["facts", "branch"]))
        file.insert(branches.map(\.0), after: facts)
        try structureChange(year, clp: clp, in: &file)
        settings(clp, year, in: &file)
        return file.text
    }

    /// Two to ten branches sharing most of the members, each with its wards and women officers.
    private static func branches(
        _ clp: SyntheticCLP, _ year: SyntheticCLP.Year, singleWard: Bool, _ random: inout SeededGenerator
    ) -> [(TOMLBlocks.Block, Int)] {
        let count = min(10, max(2, year.members / 160 + random.int(0...1)))
        var left = year.members * random.int(85...97) / 100
        // The same names every year, none twice.
        var seedForNames = SeededGenerator(seed: UInt64(clp.number), item: 1)
        var names: [String] = []
        while names.count < count {
            let name = seedForNames.pick(PhraseBank.places) + seedForNames.pick(PhraseBank.branchSuffixes)
            if !names.contains(name) { names.append(name) }
        }
        return (0..<count).map { index in
            let share = index == count - 1 ? left : max(20, left / (count - index) + random.int(-15...15))
            left -= share
            let wards = singleWard ? 1 : random.int(1...3)
            let women = year.fault == .branchWomenOfficers && index == 0 ? 1 : random.int(2...3)
            let lines = [
                TOMLWriter.key("name") + " = " + TOMLWriter.string(names[index]),
                TOMLWriter.key("members") + " = " + TOMLWriter.integer(Int64(max(share, 1))),
                TOMLWriter.key("wards") + " = " + TOMLWriter.integer(Int64(wards)),
                TOMLWriter.key("women_officers") + " = " + TOMLWriter.integer(Int64(women)), "",
            ]
            return (TOMLBlocks.Block(header: TOMLBlocks.arrayHeader(["facts", "branch"]), lines: lines), wards)
        }
    }

    /// The vote and the NEC's approval for a change of structure; the policy forum's approval dropped when it has
    /// not arrived.
    private func structureChange(_ year: SyntheticCLP.Year, clp: SyntheticCLP, in file: inout TOMLBlocks) throws {
        let approvals = TOMLBlocks.arrayHeader(["approvals"])
        if !year.policyApproved { file.remove(approvals) }
        guard year.structureChanged else { return }
        if let vote = year.vote {
            file.replace(
                TOMLBlocks.header(["votes", "structure_change"]),
                with: [
                    TOMLWriter.key("for") + " = " + TOMLWriter.integer(Int64(vote.for)),
                    TOMLWriter.key("against") + " = " + TOMLWriter.integer(Int64(vote.against)),
                ])
        }
        guard year.structureApproved else { return }
        let date = TOMLDate(year: year.year, month: Int(year.seed % 4) + 2, day: Int(year.seed % 27) + 1)
        file.blocks.append(
            TOMLBlocks.Block(
                header: approvals,
                lines: [
                    TOMLWriter.key("approves") + " = " + TOMLWriter.string("structure_change"),
                    TOMLWriter.key("by") + " = " + TOMLWriter.string("nec"),
                    TOMLWriter.key("date") + " = " + (try TOMLWriter.date(date)),
                    TOMLWriter.key("reference") + " = "
                        + TOMLWriter.string(
                            clp.region.code + "/" + String(year.year) + "/" + String(clp.number % 900 + 100)),
                    "",
                ]))
    }

    /// The first years of the 2019 edition: the AGM after the edition came in (27 September 2019) and online
    /// meetings only from 2020's AGMs (after 1 October), so a template's later choices are not chosen too early.
    private func early2019(_ year: Int, in file: inout TOMLBlocks) throws {
        file.set(
            "date", to: try TOMLWriter.date(TOMLDate(year: year, month: 10, day: 12)), in: TOMLBlocks.header(["agm"]))
        guard year == 2019 else { return }
        let meetings = TOMLBlocks.header(["meetings"])
        file.set("option", to: TOMLWriter.string("in_person"), in: meetings)
        file.unset("online_platform", in: meetings)
        file.unset("online_ballots_secure", in: meetings)
    }

    /// The settings that vary: General Meetings a year (too few for a faulty year) and the delegate ratio.
    private func settings(_ clp: SyntheticCLP, _ year: SyntheticCLP.Year, in file: inout TOMLBlocks) {
        let meetings = year.fault == .tooFewMeetings ? 5 : year.meetingsPerYear
        file.set("meetings_per_year", to: TOMLWriter.integer(Int64(meetings)), in: TOMLBlocks.header(["meetings"]))
        if year.governance == "delegate_gc" {
            file.set(
                "branch_delegate_ratio", to: TOMLWriter.integer(Int64(year.delegateRatio)),
                in: TOMLBlocks.header(["governance"]))
        }
    }
}
