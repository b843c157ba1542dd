import RuleLanguage
import Rulebook
import TOML
import Testing

/// How a typed line is read as an answer: each kind's type and range, the default on Enter, and a plain
/// message for anything else.
@Suite struct WizardQuestionTests {
    static func question(_ kind: WizardQuestion.Kind, default value: RuleValue? = nil, mayBeLeftOut: Bool = false)
        -> WizardQuestion
    {
        WizardQuestion("Q", kind: kind, default: value, mayBeLeftOut: mayBeLeftOut, target: .clpName)
    }

    @Test func integersAreCheckedAgainstTheirRange() {
        let members = Self.question(.integer(0...20_000, unit: "members"), default: .integer(5))
        #expect(members.parse("812") == .answer(.integer(812)))
        #expect(members.parse(" 12,000 ") == .answer(.integer(12_000)))
        #expect(members.parse("") == .answer(.integer(5)))
        #expect(members.parse("20001") == .invalid("20001 is out of range: type a whole number from 0 to 20000 (members)"))
        #expect(members.parse("-1") == .invalid("-1 is out of range: type a whole number from 0 to 20000 (members)"))
        guard case .invalid = members.parse("99999999999999999999") else {
            Issue.record("a number past 64 bits was taken")
            return
        }
    }

    @Test func yesAndNo() {
        let flag = Self.question(.boolean)
        for yes in ["y", "Y", "yes", "true"] { #expect(flag.parse(yes) == .answer(.boolean(true))) }
        for no in ["n", "No", "false"] { #expect(flag.parse(no) == .answer(.boolean(false))) }
        #expect(flag.parse("") == .invalid("This needs an answer: type y or n"))
        #expect(flag.parse("1") == .invalid("'1' is not a yes or no: type y or n"))
    }

    @Test func datesMustBeInTheCalendar() {
        let date = Self.question(.date)
        #expect(date.parse("2024-02-29") == .answer(.date(TOMLDate(year: 2024, month: 2, day: 29))))
        #expect(date.parse("2023-02-29") == .invalid("There is no 2023-02-29 in the calendar: check the month and the day"))
        #expect(date.parse("14/06/2023") == .invalid("'14/06/2023' is not a date: type it as year-month-day, such as 2026-06-14"))
        #expect(date.parse("２０２３-06-14") != .answer(.date(TOMLDate(year: 2023, month: 6, day: 14))), "ASCII digits only")
    }

    @Test func oneOptionByNumberOrNameWithAdviceOnRequest() {
        let ids = ["delegate_gc", "all_member_meetings", "hybrid"]
        let one = Self.question(.options(ids, any: false), default: .string("delegate_gc"))
        #expect(one.parse("2") == .answer(.string("all_member_meetings")))
        #expect(one.parse("HYBRID") == .answer(.string("hybrid")))
        #expect(one.parse("") == .answer(.string("delegate_gc")))
        #expect(one.parse("?") == .help(nil))
        #expect(one.parse("?3") == .help(3))
        #expect(one.parse("4") == .invalid("There is no number 4 here: type a number from 1 to 3"))
        #expect(one.parse("hybird") == .invalid("'hybird' is not one of the choices: did you mean 'hybrid'?"))
    }

    @Test func anyOptionsByNumbersOrNamesOrNone() {
        let ids = ["womens_forum", "bame_forum", "youth_group"]
        let any = Self.question(.options(ids, any: true), default: .list([]))
        #expect(any.parse("3, 1") == .answer(.list([.string("womens_forum"), .string("youth_group")])))
        #expect(any.parse("bame_forum 2") == .answer(.list([.string("bame_forum")])))
        #expect(any.parse("none") == .answer(.list([])))
        #expect(any.parse("1, 9") == .invalid("There is no number 9 here: type a number from 1 to 3"))
    }

    @Test func textMayBeLeftOutOnlyWhenTheQuestionSaysSo() {
        #expect(Self.question(.text).parse("   ") == .invalid("This needs an answer: type some text"))
        #expect(Self.question(.text, mayBeLeftOut: true).parse("") == .leftOut)
        #expect(Self.question(.text).parse("  Anytown  ") == .answer(.string("Anytown")))
        let long = String(repeating: "x", count: WizardQuestion.maxAnswerBytes + 1)
        #expect(Self.question(.text).parse(long) == .invalid("That is longer than 1000 characters: type a shorter answer"))
    }

    @Test func aChoiceOfValuesByNameOrNumber() {
        let majority = Self.question(.choice(["simple_majority", "two_thirds"]))
        #expect(majority.parse("2") == .answer(.string("two_thirds")))
        #expect(majority.parse("simple_majority") == .answer(.string("simple_majority")))
        guard case .invalid = majority.parse("three_quarters") else {
            Issue.record("a value outside the list was taken")
            return
        }
    }
}
