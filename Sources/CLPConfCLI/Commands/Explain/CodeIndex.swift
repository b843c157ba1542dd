import CSV
import Diagnostics
import JSON
import RuleLanguage
import Rulebook
import TOML

/// Every built-in diagnostic code of every module, in one list: what `clpconf explain CODE` looks up.
///
/// Each module declares its own codes once, in its catalogue; this only puts the catalogues side by side.
/// Menu constraint codes (`GOV02`) belong to editions and are looked up there.
enum CodeIndex {
    /// The codes of the TOML reader, the JSON reader, the CSV reader, the rule language, the engine and the
    /// command line, in that order.
    static let all: [MessageDescriptor] =
        TOMLCatalogue.all + JSONCatalogue.all + CSVCatalogue.all + RuleCatalogue.all + RulebookCatalogue.all
        + MigrationCatalogue.all
        + CompileCatalogue.all + CLICatalogue.all

    /// The declared entry for `code`, if it is one of clpconf's own.
    static func descriptor(for code: String) -> MessageDescriptor? {
        all.first { $0.code == code }
    }

    /// The text `clpconf explain CODE` prints: the code and summary, the severity and domain, then the
    /// documentation wrapped to `width`.
    static func explanation(of descriptor: MessageDescriptor, width: Int = 88) -> String {
        var lines = [
            "\(descriptor.code): \(descriptor.summary)",
            "severity: \(descriptor.severity.rawValue) (\(descriptor.domain.title))",
            "",
        ]
        lines += TextWrapper.wrap(descriptor.documentation, width: width)
        return lines.joined(separator: "\n") + "\n"
    }
}
