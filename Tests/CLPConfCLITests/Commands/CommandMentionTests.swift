import Diagnostics
import Foundation
import Testing

@testable import CLPConfCLI

/// Every `clpconf WORD` that clpconf prints names a command that exists (issue 9, item 6): in every help
/// page, in every catalogue entry, in every message factory and in the shipped menus' messages and advice.
@Suite struct CommandMentionTests {
    /// The command tree as words: top-level names, and for a group the names of its subcommands.
    static func commandTree() -> [String: Set<String>] {
        var tree: [String: Set<String>] = [:]
        for command in RootCommand.configuration.subcommands {
            tree[command.configuration.name] = Set(command.configuration.subcommands.map { $0.configuration.name })
        }
        return tree
    }

    /// Each `clpconf WORD [SUBWORD]` in `text` whose command does not exist, as written. A mention is a
    /// quoted command line (`'clpconf check FILE'`, in backticks or double quotes); "clpconf reads the file"
    /// in a sentence is not one. Help pages' examples are checked from their configuration.
    static func unknownMentions(in text: String) -> [String] {
        let tree = commandTree()
        var unknown: [String] = []
        for match in text.matches(of: Self.mention) {
            let word = String(match.output.1)
            guard let subcommands = tree[word] else {
                unknown.append("clpconf " + word)
                continue
            }
            if !subcommands.isEmpty, let sub = match.output.2.map(String.init), !subcommands.contains(sub) {
                unknown.append("clpconf \(word) \(sub)")
            }
        }
        return unknown
    }

    static var mention: Regex<(Substring, Substring, Substring?)> {
        /['"`]clpconf(?:[ \t]|\\\n\s*)+([a-z][a-z-]*)(?:(?:[ \t]|\\\n\s*)+([a-z][a-z-]*))?/
    }

    @Test func theCheckFindsAMadeUpCommand() {
        #expect(Self.unknownMentions(in: "run 'clpconf frobnicate x' then 'clpconf check y'") == ["clpconf frobnicate"])
        #expect(Self.unknownMentions(in: "see 'clpconf menu frobnicate'") == ["clpconf menu frobnicate"])
        #expect(Self.unknownMentions(in: "see 'clpconf menu \\\n    list'") == [])
        #expect(Self.unknownMentions(in: "clpconf reads the file, then 'clpconf build x'") == [])
        #expect(Self.unknownMentions(in: "`clpconf frobnicate FILE`") == ["clpconf frobnicate"])
    }

    @Test func everyHelpPageNamesRealCommands() {
        let harness = CommandHarness()
        for path in CommandRegistryTests.allPaths() {
            let words = path.dropFirst().map { $0.configuration.name }
            let help = harness.run(words + ["--help"]).standardOutput
            #expect(!help.isEmpty, "\(words)")
            #expect(Self.unknownMentions(in: help) == [], "help of \(words)")
            for example in path[path.count - 1].configuration.examples {
                #expect(Self.unknownMentions(in: "'\(example.command)'") == [], "example of \(words)")
            }
        }
    }

    @Test func everyCatalogueEntryNamesRealCommands() {
        for descriptor in CodeIndex.all {
            let text = descriptor.summary + "\n" + descriptor.documentation
            #expect(Self.unknownMentions(in: text) == [], "\(descriptor.code)")
        }
    }

    /// Message factories are code, so their templates are read from the sources: every Swift file of the
    /// modules that word diagnostics or help, and the shipped menus.
    @Test func everyMessageTemplateNamesRealCommands() throws {
        let sources = CodeIndexTests.files(under: "Sources", endingWith: ".swift").filter {
            !$0.hasPrefix("Sources/clpconf-bench") && !$0.contains("-fuzz/")
        }
        let menus = CodeIndexTests.files(under: "menus", endingWith: ".toml")
        #expect(sources.count > 50)
        #expect(menus.count > 10)
        for path in sources + menus {
            let mentions = Self.unknownMentions(in: try CodeIndexTests.read(path))
            #expect(mentions == [], "\(path)")
        }
    }
}
