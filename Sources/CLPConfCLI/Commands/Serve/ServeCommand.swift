import Rulebook
import Workbench

/// `clpconf serve [FILE] [--last LAST.toml] [--port N] [--listen ADDR] [--open] [--menus DIR]`: the AGM
/// workbench in a browser.
///
/// A thin command over ``Workbench``: it finds the editions, hands the workbench the one file it may read and
/// write (``SelectionsFileAccess``), listens, prints the address and serves until Ctrl-C.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        name: "serve", abstract: "Build and amend the year's choices live in a browser (the AGM workbench).",
        discussion: """
            Serves a page on this computer only (127.0.0.1) that shows each section of the edition as a card, \
            re-checks on every change, shows each problem at its field with a one-click fix, and previews the \
            standing orders and the redline against FILE (or, with --last, against last year's file, which is \
            read once and never written). AGM mode checks an amendment from the floor and, once \
            adopted, writes it into FILE with the vote in its [[adoption]] log. FILE is the only file written \
            (atomically; the version it replaces is kept as FILE.previous). Without FILE the page starts a new set \
            of choices but cannot save. Stop with Ctrl-C. Exit status: 0 after a clean stop; 2 for a usage error, \
            a port that cannot be had, or a file error.
            """,
        examples: [
            CommandExample("clpconf serve examples/riverside-2023.toml", "Open the workbench on a file."),
            CommandExample("clpconf serve this-year.toml --port 0", "Any free port (the address is printed)."),
            CommandExample(
                "clpconf serve examples/riverside-2023.toml --last examples/riverside-2022.toml",
                "The redline against last year's choices."),
        ])

    static let file = ArgumentDefinition.positional(
        "file", valueName: "FILE", arity: .optional, help: "The selections file to open and save.")
    static let port = ArgumentDefinition.option(
        "port", valueName: "N", default: "8765", help: "The port to listen on (0: any free port).")
    static let listen = ArgumentDefinition.option(
        "listen", valueName: "ADDR", default: "127.0.0.1",
        help: "The IPv4 address to listen on; anything but 127.0.0.1 is reachable from other machines.")
    static let open = ArgumentDefinition.flag("open", help: "Open the page in the default browser.")
    static let last = ArgumentDefinition.option(
        "last", valueName: "LAST.toml", help: "Last year's selections: the redline is against them (read only).")

    static var arguments: [ArgumentDefinition] { [file, last, port, listen, open, .menus] }

    var file: String?
    var last: String?
    var port: UInt16
    var listen: String
    var opens: Bool
    var menus: String?

    init(_ arguments: ParsedArguments) throws {
        file = arguments.value(Self.file)
        last = arguments.value(Self.last)
        let portText = arguments.value(Self.port) ?? "8765"
        guard let port = UInt16(portText) else {
            throw CLIError.usage("--port '\(portText)' is not a port (0 to 65535)")
        }
        self.port = port
        listen = arguments.value(Self.listen) ?? "127.0.0.1"
        opens = arguments.flag(Self.open)
        menus = arguments.value(.menus)
    }

    func run(_ context: CommandContext) throws -> ExitCode {
        let access = try file.map { try SelectionsFileAccess(path: $0, context: context) }
        let lastYear = try last.map { LastYearFile(path: $0, bytes: try context.readFile($0, as: .selections)) }
        let locator = EditionLocator(context: context, explicitDirectory: menus)
        let ids = try locator.editions().map(\.id).sorted()
        let (menus, loaderContext) = (menus, context)
        let environment = WorkbenchEnvironment(
            filePath: file, readFile: { try access?.read() }, writeFile: { try access?.write($0) }, editionIDs: ids,
            loadEdition: { id in Self.load(id, context: loaderContext, menus: menus) }, clock: context.clock,
            lastYear: lastYear)
        guard let token = Workbench.makeToken() else {
            throw CLIError(.unreadable(path: "/dev/urandom", detail: "no random bytes for the session token"))
        }
        let server: HTTPServer
        do {
            server = try HTTPServer(address: listen, port: port)
        } catch {
            throw CLIError.usage("cannot serve: \(error)")
        }
        if listen != "127.0.0.1" {
            context.standardError.write(
                "warning: listening on \(listen): anyone who can reach this machine on port \(server.port) can load the "
                    + "page; changes still need this session's token, but use --listen only on a network you trust\n")
        }
        let address = "http://\(listen):\(server.port)/"
        context.standardOutput.write(
            "clpconf serve: the workbench is at \(address)" + (file.map { " (file: \($0))" } ?? "")
                + "; Ctrl-C stops it\n")
        if opens { Platform.launch(["xdg-open", address]) }
        let router = Workbench(environment: environment, token: token).router(address: listen, port: server.port)
        let signal = server.runUntilStopSignal { router.respond(to: $0) }
        context.standardOutput.write("clpconf serve: stopped (signal \(signal))\n")
        return .success
    }

    /// The edition `id` from the search path, or why not.
    private static func load(_ id: String, context: CommandContext, menus: String?) -> Result<
        Edition, EditionUnavailable
    > {
        do {
            let result = try EditionLocator(context: context, explicitDirectory: menus).load(id: id)
            guard let edition = result.edition else {
                let errors = result.diagnostics.filter { $0.severity == .error }.prefix(3).map(\.message)
                return .failure(EditionUnavailable("it has errors: " + errors.joined(separator: "; ")))
            }
            return .success(edition)
        } catch {
            return .failure(EditionUnavailable(String(describing: error)))
        }
    }
}
