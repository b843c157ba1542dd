import Diagnostics
import Rulebook

extension InitCommand {
    /// Last year's file carried to `edition` with ``EditionMigrator`` (the migration report on stderr),
    /// read as selections of that edition; nil (after printing why) when it cannot be migrated.
    func carry(_ path: String, across old: String, to edition: String, context: CommandContext) throws
        -> (selections: Selections, edition: Edition, files: [SourceFile])?
    {
        let printer = DiagnosticPrinter(context: context, color: color)
        let bytes = try context.readFile(path, as: .selections)
        let chain = try EditionChain(locator: EditionLocator(context: context, explicitDirectory: menus))
            .load(target: edition, from: old)
        guard chain.problems.isEmpty, let target = chain.editions.first else {
            printer.print(chain.problems, files: chain.files)
            return nil
        }
        let result = EditionMigrator.migrate(
            text: bytes, fileName: path, to: edition, editions: chain.editions, searchesFixes: false)
        guard result.problems.isEmpty, let text = result.text else {
            printer.print(
                result.problems, files: [SourceFile(path: path, text: String(decoding: bytes, as: UTF8.self))])
            return nil
        }
        context.standardError.write(MigrationReport(result).text())
        let migrated = SelectionsText(bytes: Array(text.utf8), path: path + " (migrated)")
        let (selections, diagnostics) = SelectionsLoader.load(migrated.document, edition: target)
        guard let selections else {
            printer.print(diagnostics, files: migrated.document.sources + target.files)
            return nil
        }
        return (selections, target, migrated.document.sources + target.files)
    }
}
