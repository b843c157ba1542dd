/// Which part of clpconf a diagnostic code belongs to, in the manner of swift-syntax's `MessageID.domain`.
///
/// Each domain's codes are declared once, in the catalogue of the module that produces them.
public enum DiagnosticDomain: String, Sendable, Hashable, Codable, CaseIterable {
    /// TOML syntax and structure (`T1xx`), declared by the TOML module.
    case toml
    /// JSON syntax, structure and number ranges (`J1xx`, `J2xx`), declared by the JSON module.
    case json
    /// CSV tables: reading, and the columns a caller looks up (`D1xx`), declared by the CSV module.
    case csv
    /// The rule language: reading, types, evaluation (`R1xx`–`R3xx`).
    case rules
    /// Menu editions: structure, references, lint (`M1xx`–`M3xx`).
    case menu
    /// A CLP's selections file: structure and values (`S1xx`).
    case selections
    /// Checking selections against an edition, other than the edition's own constraints (`S2xx`).
    case validation
    /// The command line: usage and I/O (`C1xx`–`C2xx`).
    case cli
    /// Reports received by the compile, the roster and the centre's responses (`P1xx`).
    case compile

    /// The letter every code of this domain starts with.
    public var prefix: Character {
        switch self {
        case .toml: "T"
        case .json: "J"
        case .csv: "D"
        case .rules: "R"
        case .menu: "M"
        case .selections, .validation: "S"
        case .cli: "C"
        case .compile: "P"
        }
    }

    /// What the domain covers, for `clpconf explain` and the docs.
    public var title: String {
        switch self {
        case .toml: "TOML syntax and structure"
        case .json: "JSON syntax and structure"
        case .csv: "CSV tables"
        case .rules: "rule language"
        case .menu: "menu editions"
        case .selections: "selections file"
        case .validation: "validation"
        case .cli: "command line"
        case .compile: "compile"
        }
    }
}
