/// `clpconf` itself: the root of the command tree, listing the commands of ``CommandRegistry``.
struct RootCommand: CommandGroup {
    /// The version printed by `clpconf --version`.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        name: "clpconf",
        abstract: "Check a Constituency Labour Party's yearly choices against the Rule Book's menu.",
        discussion: """
            Secretaries record the options their CLP chose at its AGM in a small TOML file; clpconf checks \
            the choices against the menu edition they follow, explains every problem with the rule it \
            comes from, and suggests the smallest change that fixes it. Central staff write, lint and \
            print the menu editions.

            Diagnostics go to stderr and results to stdout. Exit status: 0 when the input is valid, \
            1 when it has errors (they are printed), 2 for a usage or file error. Colour is used only \
            on a terminal and never when NO_COLOR is set.
            """,
        examples: [
            CommandExample("clpconf check examples/eastbrook-2022.toml", "Check a CLP's choices for the year."),
            CommandExample("clpconf init --edition 2019 -o ours-2026.toml", "Start a new selections file."),
            CommandExample("clpconf menu booklet 2019 --format html -o booklet.html", "Print the 2019 booklet."),
            CommandExample("clpconf help check", "Show the help of the 'check' command."),
        ],
        subcommands: CommandRegistry.commands,
        version: "clpconf " + version)

    init() {}
}
