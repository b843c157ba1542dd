import Rulebook

/// Answers for a fresh 2019 file for a small CLP: its facts, two branches, one union and nine officers, with
/// every section and setting kept at the menu's default (Enter). Answers are chosen by the question asked.
struct WizardScript {
    var branches = 0
    var affiliates = 0
    var officers = [
        ["1", "Ann Chair", "y"], ["2", "Bob Vice", "n"], ["3", "Cat Members", "y"], ["4", "Dan Secretary", "n"],
        ["treasurer", "Eve Treasurer", "y"], ["6", "Fay Policy", "y"], ["7", "Gail Women", "y"],
        ["auditor", "Hal Audit", "n"], ["auditor", "Ian Audit", "n"],
    ]
    /// Answers that replace the script's for particular questions, used once each, in order.
    var overrides: [(WizardQuestion.Target, String?)] = []

    mutating func answer(_ question: WizardQuestion) -> String? {
        if let index = overrides.firstIndex(where: { $0.0 == question.target }) {
            return overrides.remove(at: index).1
        }
        switch question.target {
        case .clpName: return "Saltmarsh Vale"
        case .region: return "Eastern"
        case .agmDate: return "2023-06-14"
        case .fact("members"): return "612"
        case .fact("women_members"): return "300"
        case .fact("young_members"): return "40"
        case .fact("labour_mp"): return "n"
        case .fact("wards"): return "2"
        case .fact("structure_changed"): return "n"
        case .addRecord("branch"): return branches < 2 ? "y" : "n"
        case .recordField(fact: "branch", let field): return branchField(field)
        case .addRecord("affiliate"): return affiliates < 1 ? "y" : "n"
        case .recordField(fact: "affiliate", let field): return affiliateField(field)
        case .officerPost: return officers.first?.first ?? ""
        case .officerName: return officers.first?[1]
        case .officerWoman: return officers.first?[2]
        case .officerUnionMember:
            if !officers.isEmpty { officers.removeFirst() }
            return ""
        default: return ""
        }
    }

    private mutating func branchField(_ field: String) -> String {
        switch field {
        case "name": return "Branch \(branches + 1)"
        case "members": return "300"
        case "wards": return "1"
        default:
            branches += 1
            return "2"
        }
    }

    private mutating func affiliateField(_ field: String) -> String {
        switch field {
        case "name": return "Unite 1/234"
        case "kind": return "trade_union"
        case "members": return "200"
        case "fee_paid": return "2023-01-10"
        default:
            affiliates += 1
            return "2019-03-01"
        }
    }
}
