import Testing

@testable import CLPConfCLI

/// Every registered command, walked once: names unique, help complete, options well formed.
@Suite struct CommandRegistryTests {
    /// Every command in the tree with its path, root first.
    static func allPaths() -> [[any ParsableCommand.Type]] {
        var paths: [[any ParsableCommand.Type]] = []
        func walk(_ path: [any ParsableCommand.Type]) {
            paths.append(path)
            for sub in path[path.count - 1].configuration.subcommands { walk(path + [sub]) }
        }
        walk([RootCommand.self])
        return paths
    }

    @Test func commandNamesAreUniqueAmongSiblings() {
        for path in Self.allPaths() {
            let names = path[path.count - 1].configuration.subcommands.map { $0.configuration.name }
            #expect(Set(names).count == names.count, "\(names)")
        }
    }

    @Test func everyCommandHasAnAbstractAndAnExample() {
        for path in Self.allPaths() {
            let configuration = path[path.count - 1].configuration
            #expect(!configuration.abstract.isEmpty, "\(configuration.name)")
            #expect(!configuration.examples.isEmpty, "\(configuration.name) has no example")
            for example in configuration.examples {
                #expect(example.command.hasPrefix(CommandResolver.commandName([RootCommand.self]) + " "))
            }
        }
    }

    @Test func argumentNamesAreUniqueAndDoNotShadowHelp() {
        for path in Self.allPaths() {
            let arguments = path[path.count - 1].arguments
            let names = arguments.map(\.name)
            #expect(Set(names).count == names.count, "\(names)")
            let shorts = arguments.compactMap(\.shortName)
            #expect(Set(shorts).count == shorts.count)
            #expect(!names.contains("help") && !names.contains("version"))
            #expect(!shorts.contains("h"))
            for argument in arguments where !argument.isPositional {
                #expect(!argument.help.isEmpty, "--\(argument.name)")
            }
        }
    }

    @Test func groupsTakeNoArguments() {
        for path in Self.allPaths() where !path[path.count - 1].configuration.subcommands.isEmpty {
            #expect(path[path.count - 1].arguments.isEmpty)
        }
    }
}
