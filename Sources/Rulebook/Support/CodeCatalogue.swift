/// One line for every built-in diagnostic code of the menu and selections stages, for `clpconf explain`
/// and `docs/formats.md`. (Rule-language codes live in `RuleMessages.catalogue`, TOML codes in the TOML
/// module; menu constraints carry their own codes and text.)
public enum CodeCatalogue {
    /// A code and what it means.
    public struct Entry: Sendable, Hashable {
        public var code: String
        public var summary: String
    }

    public static let entries: [Entry] = [
        Entry(code: "M101", summary: "a required key is missing from a menu file"),
        Entry(code: "M102", summary: "the menu's schema_version is newer than this clpconf understands"),
        Entry(code: "M103", summary: "a key in a menu file is not one clpconf knows (a typo, usually)"),
        Entry(code: "M104", summary: "two things in an edition share an id or a constraint code"),
        Entry(code: "M105", summary: "an id is not snake_case"),
        Entry(code: "M106", summary: "a constraint code is not two to four capitals and two or three digits"),
        Entry(code: "M107", summary: "a menu value is out of range or malformed"),
        Entry(code: "M108", summary: "edition.toml lists a section that has no file"),
        Entry(code: "M109", summary: "a section file is not listed in edition.toml"),
        Entry(code: "M110", summary: "a menu value has the wrong type"),
        Entry(code: "M201", summary: "a menu refers to an option, approval or other id that does not exist"),
        Entry(code: "M203", summary: "derived values depend on each other in a cycle"),
        Entry(code: "M301", summary: "lint: an option, parameter or constraint has no citation"),
        Entry(code: "M302", summary: "lint: a constraint has no pass or no fail example"),
        Entry(code: "M304", summary: "lint: an option can never be chosen"),
        Entry(code: "M305", summary: "lint: a constraint can never fire"),
        Entry(code: "M306", summary: "lint: a clause can never be emitted"),
        Entry(code: "M310", summary: "lint: the edition's example.toml is not valid"),
        Entry(code: "M311", summary: "lint: a constraint example does not behave as declared"),
        Entry(code: "M312", summary: "lint: the edition has no example.toml to run constraint examples on"),
        Entry(code: "S101", summary: "a required key is missing from the selections file"),
        Entry(code: "S102", summary: "an unknown section, key, fact, post, vote or approval (with a did-you-mean)"),
        Entry(code: "S103", summary: "a value is out of range or not one of the allowed values"),
        Entry(code: "S104", summary: "a required fact is missing"),
        Entry(code: "S105", summary: "a value has the wrong type"),
        Entry(code: "S106", summary: "an option that is not in this edition"),
        Entry(code: "S107", summary: "a section that needs a choice has none"),
        Entry(code: "S108", summary: "a list given where the section takes exactly one option"),
        Entry(code: "S109", summary: "the edition named in the file cannot be found"),
        Entry(code: "S110", summary: "the same option is chosen twice"),
        Entry(code: "S111", summary: "the edition named in the file has errors"),
        Entry(code: "S112", summary: "the edition is not meant for this year's AGM"),
        Entry(code: "S201", summary: "a chosen option's requirement does not hold"),
        Entry(code: "S202", summary: "a chosen option is excluded by the other choices"),
        Entry(code: "S203", summary: "a chosen option needs an approval that is not recorded yet"),
        Entry(code: "S204", summary: "a setting has no effect with these choices"),
    ]
}
