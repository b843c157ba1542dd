extension CompileResult {
    /// How many phrases of each kind are kept per option.
    static let phrasesPerOption = 8

    init(_ run: CompileRun, editions: [Edition], roster: Roster?) {
        let byID = Dictionary(editions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var titles: [String: String] = [:]
        // The newest edition's title wins: the transitions read as the latest booklet says it.
        for edition in editions.sorted(by: { $0.id < $1.id }) {
            for section in edition.sections {
                for option in section.options { titles[section.id + "." + option.id] = option.title }
            }
        }
        optionTitles = titles
        groups = run.tallies.keys.sorted().compactMap { key in
            guard let tally = run.tallies[key], tally.adoption.reports > 0, let edition = byID[key.edition] else {
                return nil
            }
            return Self.group(key, tally: tally, edition: edition)
        }
        transitions = Self.transitions(run)
        receipts = run.receipts
        problems = run.problems
        if run.unquotedFiles > 0 {
            problems.append(
                FileProblems(
                    diagnostics: [
                        CompileMessages.unquoted(
                            files: run.unquotedFiles, first: run.firstUnquoted ?? "", budget: run.quotedTextBudget)
                    ],
                    source: nil))
        }
        missing = Self.missing(run, roster: roster)
    }

    private static func group(_ key: CompileRun.GroupKey, tally: YearTally, edition: Edition) -> Group {
        func counts(_ adoption: YearTally.Adoption) -> [OptionCount] {
            edition.sections.flatMap { section in
                section.options.map { option in
                    let name = section.id + "." + option.id
                    return OptionCount(
                        option: name, sectionTitle: section.title, title: option.title,
                        count: adoption.options[name] ?? 0)
                }
            }
        }
        let options = counts(tally.adoption)
        let chosen = options.filter { $0.count > 0 }
        let settings: [SettingSpread] = edition.sections.flatMap { section in
            section.parameters.compactMap { parameter in
                guard let histogram = tally.settings[parameter.qualifiedName], let five = histogram.fiveNumbers else {
                    return nil
                }
                return SettingSpread(
                    name: parameter.qualifiedName, title: parameter.title, reports: histogram.total, min: five.min,
                    lowerQuartile: five.lower, median: five.median, upperQuartile: five.upper, max: five.max)
            }
        }
        let outcomes = chosen.compactMap { option -> OptionOutcome? in
            guard let outcome = tally.outcomes[option.option] else { return nil }
            return OptionOutcome(
                option: option.option, title: option.title, reports: option.count, ratingSum: outcome.ratingSum,
                ratings: outcome.ratings, meetingsHeld: outcome.meetingsHeld, meetingsPlanned: outcome.meetingsPlanned,
                meetingReports: outcome.meetingReports, attendanceTenths: outcome.attendanceTenths,
                attendanceReports: outcome.attendanceReports)
        }
        let workedByOption = tally.phrases.byOption(.worked)
        let didNotWorkByOption = tally.phrases.byOption(.didNotWork)
        let phrases = chosen.compactMap { option -> OptionPhrases? in
            let worked = top(workedByOption[option.option] ?? [:])
            let didNot = top(didNotWorkByOption[option.option] ?? [:])
            guard !worked.isEmpty || !didNot.isEmpty else { return nil }
            return OptionPhrases(option: option.option, title: option.title, worked: worked, didNotWork: didNot)
        }
        var group = Group(
            editionID: edition.id, editionTitle: edition.title, year: key.year, reports: tally.adoption.reports,
            valid: tally.standing[.valid] ?? 0, withWarnings: tally.standing[.warnings] ?? 0,
            invalid: tally.standing[.invalid] ?? 0, approvalsPending: tally.pending, options: options,
            regions: tally.byRegion.keys.sorted().compactMap { region in
                guard let adoption = tally.byRegion[region], adoption.reports > 0 else { return nil }
                return Breakdown(id: region, label: region, reports: adoption.reports, options: counts(adoption))
            },
            bands: MembershipBand.allCases.compactMap { band in
                guard let adoption = tally.byBand[band], adoption.reports > 0 else { return nil }
                return Breakdown(id: band.id, label: band.label, reports: adoption.reports, options: counts(adoption))
            },
            settings: settings, outcomes: outcomes, phrases: phrases, bandAttendance: tally.bandAttendance)
        group.localAdditions = topicCounts(tally, edition: edition)
        return group
    }

    private static func topicCounts(_ tally: YearTally, edition: Edition) -> [TopicCount] {
        let partIDs = edition.parts.map(\.id)
        let others = tally.localAdditions.keys.filter { !partIDs.contains($0) }.sorted()
        return (partIDs + others).compactMap { topic in
            guard let counts = tally.localAdditions[topic] else { return nil }
            return TopicCount(
                topic: topic, title: edition.parts.first { $0.id == topic }?.title ?? topic, clps: counts.clps,
                additions: counts.additions)
        }
    }

    /// The most frequent phrases, most first, then alphabetically; phrases said only once are left out
    /// unless nothing was said twice.
    private static func top(_ counts: [String: Int]) -> [PhraseCount] {
        let sorted = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let repeated = sorted.filter { $0.value > 1 }
        return (repeated.isEmpty ? sorted : repeated).prefix(phrasesPerOption).map {
            PhraseCount(phrase: $0.key, count: $0.value)
        }
    }

    private static func transitions(_ run: CompileRun) -> [Transition] {
        var table: [[String]: Transition] = [:]
        for (clpYear, point) in run.kept.lazy.map({ ($0.key, $0.value.point) }) {
            var following = clpYear
            let (nextYear, overflow) = clpYear.year.addingReportingOverflow(1)
            following.year = nextYear
            guard !overflow, let next = run.kept[following]?.point, let from = run.governance[point.governance],
                let to = run.governance[next.governance]
            else { continue }
            let key = [String(clpYear.year), from, to]
            var entry =
                table[key]
                ?? Transition(
                    fromYear: clpYear.year, toYear: following.year, from: from, to: to, clps: 0,
                    attendanceBeforeTenths: 0, attendanceAfterTenths: 0, attendanceCLPs: 0)
            entry.clps += 1
            if let before = point.attendanceTenths, let after = next.attendanceTenths {
                entry.attendanceBeforeTenths += before
                entry.attendanceAfterTenths += after
                entry.attendanceCLPs += 1
            }
            table[key] = entry
        }
        return table.values.sorted { ($0.fromYear, $0.from, $0.to) < ($1.fromYear, $1.from, $1.to) }
    }

    private static func missing(_ run: CompileRun, roster: Roster?) -> [Missing] {
        guard let roster else { return [] }
        let years = Set(run.tallies.filter { $0.value.adoption.reports > 0 }.keys.map(\.year)).sorted()
        return years.map { year in
            let reported = Set(run.kept.keys.lazy.filter { $0.year == year }.compactMap { run.clps[$0.clp] })
            return Missing(year: year, clps: roster.entries.filter { !reported.contains(CLPName.key($0.name)) })
        }
    }
}
