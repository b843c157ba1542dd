/// `clpconf` itself: the root of the command tree, listing the commands of ``CommandRegistry``.
struct RootCommand: CommandGroup {
    /// The version printed by `clpconf --version`.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        name: "clpconf",
        abstract: "Check and publish a Constituency Labour Party's Rule Book choices.",
        discussion: """
            Secretaries record the options their CLP chose in a TOML file; clpconf checks the choices \
            against the published menu, builds the standing orders and the report for central party. \
            Central staff author the menus and compile the returned reports.

            Diagnostics go to stderr and results to stdout. Exit status: 0 when the input is valid, \
            1 when it has errors (they are printed), 2 for a usage or file error. Colour is used only \
            on a terminal and never when NO_COLOR is set.
            """,
        examples: [
            CommandExample("clpconf toml examples/anytown.toml", "Check that a file is valid TOML."),
            CommandExample("clpconf help toml", "Show the help of the 'toml' command."),
        ],
        subcommands: CommandRegistry.commands,
        version: "clpconf " + version)

    init() {}
}
