import RuleLanguage
import Testing

@testable import Rulebook

/// Which way a rule moved when one figure in it changed, and what a migration map's renames do.
@Suite struct FigureChangeTests {
    static func expression(_ text: String) throws -> RuleExpression {
        let (parsed, diagnostics) = RuleParser.parse(RuleSource(text: text))
        #expect(diagnostics.isEmpty)
        return try #require(parsed)
    }

    static func outcome(_ old: String, _ new: String, renames: [String: String] = [:]) throws -> FigureChange.Outcome {
        FigureChange.compare(try expression(old), try expression(new), renames: renames)
    }

    @Test(arguments: [
        ("x >= 6", "x >= 8", EditionChange.Direction.tightened),
        ("x >= 8", "x >= 6", .loosened),
        ("x <= 14", "x <= 21", .loosened),
        ("x < 10", "x < 5", .tightened),
        ("6 <= x", "8 <= x", .tightened),
        ("30 > x", "20 > x", .tightened),
        ("a and x >= 6", "a and x >= 8", .tightened),
        ("a or x >= 6", "a or x >= 8", .tightened),
        ("not (x < 6)", "not (x < 8)", .tightened),
        ("if a then x >= 2 else true", "if a then x >= 3 else true", .tightened),
    ])
    func aComparedFigureHasADirection(old: String, new: String, direction: EditionChange.Direction) throws {
        guard case .figure(let change) = try Self.outcome(old, new) else {
            Issue.record("expected one figure to differ between '\(old)' and '\(new)'")
            return
        }
        #expect(change.direction == direction)
    }

    @Test(arguments: [
        ("x >= ceil_div(m, 3)", "x >= ceil_div(m, 4)"),
        ("x + 2 >= y", "x + 3 >= y"),
        ("(if x > 3 then a else b)", "(if x > 4 then a else b)"),
        ("x == 6", "x == 8"),
    ])
    func aFigureNotComparedDirectlyHasNone(old: String, new: String) throws {
        guard case .figure(let change) = try Self.outcome(old, new) else {
            Issue.record("expected one figure to differ between '\(old)' and '\(new)'")
            return
        }
        #expect(change.direction == nil)
        #expect(change.old != change.new)
    }

    @Test func twoFiguresOrAnotherChangeAreNotOneFigure() throws {
        #expect(try Self.outcome("x >= 6 and y >= 2", "x >= 8 and y >= 3") == .other)
        #expect(try Self.outcome("x >= 6", "y >= 6") == .other)
        #expect(try Self.outcome("x >= 6", "x > 6") == .other)
        #expect(try Self.outcome("x >= 6", "x >= 6") == .same)
    }

    @Test func renamedOptionsAndSectionsCountAsTheSame() throws {
        let renames = ["development_plan": "planning", "plan": "campaign_plan"]
        #expect(try Self.outcome(#""plan" in planning.options"#, #""campaign_plan" in planning.options"#) == .other)
        #expect(
            try Self.outcome(#""plan" in planning.options"#, #""campaign_plan" in planning.options"#, renames: renames)
                == .same)
        #expect(try Self.outcome("development_plan.reviews >= 2", "planning.reviews >= 2", renames: renames) == .same)
    }
}
