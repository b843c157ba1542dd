import TestSupport
import Testing

@testable import Rulebook

/// The compile's pair-keyed counting table, checked against a `Dictionary` doing the same additions.
@Suite struct PairCountsTests {
    private struct Pair: Hashable {
        let first: Int
        let second: Int
    }

    @Test func randomAdditionsAndRemovalsMatchADictionary() {
        var generator = SeededGenerator(seed: 11)
        var table = PairCounts()
        var model: [Pair: Int] = [:]
        for _ in 0..<50_000 {
            // Few distinct firsts and many seconds, as options and phrases are; -1 takes a count back out.
            let pair = Pair(first: Int.random(in: 0..<40, using: &generator), second: Int.random(in: 0..<900, using: &generator))
            let delta = Bool.random(using: &generator) || model[pair, default: 0] == 0 ? 1 : -1
            table.add(pair.first, pair.second, by: delta)
            model[pair, default: 0] += delta
        }
        var seen: [Pair: Int] = [:]
        table.forEach { first, second, count in
            #expect(seen[Pair(first: first, second: second)] == nil, "each pair is reported once")
            seen[Pair(first: first, second: second)] = count
        }
        #expect(seen == model.filter { $0.value != 0 })
        for (pair, count) in model { #expect(table.count(pair.first, pair.second) == count) }
        #expect(table.count(40, 0) == 0)
    }

    @Test func addingManySecondsAtOnceIsAddingEachInTurn() {
        var generator = SeededGenerator(seed: 12)
        var batched = PairCounts()
        var single = PairCounts()
        for _ in 0..<2_000 {
            let first = Int.random(in: 0..<30, using: &generator)
            // Repeats inside one batch, and batches large enough to grow the table in one go.
            let seconds = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in
                Int.random(in: 0..<500, using: &generator)
            }
            let delta = Int.random(in: -2...3, using: &generator)
            batched.add([first], seconds, by: delta)
            for second in seconds { single.add(first, second, by: delta) }
        }
        var fromBatches: [Pair: Int] = [:]
        batched.forEach { fromBatches[Pair(first: $0, second: $1)] = $2 }
        var fromSingles: [Pair: Int] = [:]
        single.forEach { fromSingles[Pair(first: $0, second: $1)] = $2 }
        #expect(fromBatches == fromSingles)
        #expect(fromBatches.count > 1_000)
    }

    @Test func addingEveryPairOfTwoListsIsAddingEachPairInTurn() {
        var generator = SeededGenerator(seed: 13)
        var crossed = PairCounts()
        var model: [Pair: Int] = [:]
        for _ in 0..<1_500 {
            // Options repeat inside a report's list and phrases inside an answer's, as they may in a file.
            let firsts = (0..<Int.random(in: 0..<20, using: &generator)).map { _ in
                Int.random(in: 0..<60, using: &generator)
            }
            let seconds = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in
                Int.random(in: 0..<2_000, using: &generator)
            }
            let delta = Int.random(in: -1...2, using: &generator)
            crossed.add(firsts, seconds, by: delta)
            for first in firsts {
                for second in seconds { model[Pair(first: first, second: second), default: 0] += delta }
            }
        }
        var seen: [Pair: Int] = [:]
        crossed.forEach { seen[Pair(first: $0, second: $1)] = $2 }
        #expect(seen == model.filter { $0.value != 0 })
        #expect(seen.count > 5_000)
        for (pair, count) in model { #expect(crossed.count(pair.first, pair.second) == count) }
        #expect(crossed.count(60, 0) == 0)
    }

    @Test func zeroCountsAreSkippedAndGrowthKeepsEveryCount() {
        var table = PairCounts()
        table.add(3, 7, by: 1)
        table.add(3, 7, by: -1)
        var reported = 0
        table.forEach { _, _, _ in reported += 1 }
        #expect(reported == 0)
        #expect(table.count(3, 7) == 0)
        // Far past the first table's 64 slots, with large numbers whose low bits agree.
        for index in 0..<10_000 { table.add(index << 20, index, by: index + 1) }
        #expect(table.count(9_999 << 20, 9_999) == 10_000)
        #expect(table.count(0, 0) == 1)
        var total = 0
        table.forEach { _, _, count in total += count }
        #expect(total == (1...10_000).reduce(0, +))
    }
}
