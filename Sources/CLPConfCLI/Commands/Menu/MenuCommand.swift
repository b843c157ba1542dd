/// `clpconf menu list|show|lint|booklet|diff`: work with the published menu editions.
struct MenuCommand: CommandGroup {
    static let configuration = CommandConfiguration(
        name: "menu",
        abstract: "List, read, check and print the menu editions.",
        discussion: """
            A menu edition is the booklet of permitted ways to run a CLP, as data: sections of options with \
            advice, the Rule Book's constraints, and standing-order text. Central staff write one folder per \
            edition under menus/; see docs/menu-format.md.
            """,
        examples: [
            CommandExample("clpconf menu list", "Show the editions clpconf can find."),
            CommandExample("clpconf menu show 2019 governance", "Read one section of the 2019 edition."),
            CommandExample("clpconf menu lint menus/2019", "Check an edition before publishing it."),
            CommandExample("clpconf menu booklet 2019 --format html -o booklet.html", "Print the booklet."),
            CommandExample("clpconf menu diff 2012 2019", "What changed from one edition to the next."),
        ],
        subcommands: [
            MenuListCommand.self, MenuShowCommand.self, MenuLintCommand.self, MenuBookletCommand.self,
            MenuDiffCommand.self,
        ])
}
