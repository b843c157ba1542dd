import Diagnostics
import Rulebook
import TOML

/// The file side of an evaluation: reads a selections file, finds the edition it names on the search path,
/// and hands both to the engine's ``YearEvaluator``. Everything after reading is the engine's.
struct YearOpener {
    /// A year that could be evaluated, or the problems that stopped it before its edition was loaded.
    enum Outcome {
        case evaluated(YearEvaluation)
        case unavailable([Diagnostic], files: [SourceFile])
    }

    let context: CommandContext
    /// `--menus`, if given.
    let menus: String?

    /// Evaluates the selections file at `path`.
    ///
    /// - Parameters:
    ///   - amendments: `--set` changes, applied to the text (the file is not changed).
    ///   - last: `--last`: last year's file, read against this year's edition to rank fixes.
    ///   - searchesFixes: Whether to search for fixes when the year is invalid.
    ///   - digest: Whether the caller shows the edition's digest: it is then worked out on a second thread
    ///     while the year is evaluated, and is in the result's ``YearEvaluation/editionDigest`` at no extra cost.
    /// - Throws: ``CLIError`` when a file (this one, `last`, or one of the edition's) cannot be read, the
    ///   menus folders are bad, or an amendment cannot be applied. Both files are read first, so a bad
    ///   `--last` is reported even when the file itself does not load.
    func open(
        _ path: String, amendments: [SelectionsAmendment] = [], last: String? = nil, searchesFixes: Bool = false,
        digest: Bool = false
    ) throws -> Outcome {
        // Started before anything is read, so that the second core is running by the time the edition is.
        let pendingDigest = digest ? WarmThread { (edition: Edition) in EditionDigest.compute(edition) } : nil
        let bytes = try context.readFile(path, as: .selections)
        let lastFile = try last.map { (path: $0, bytes: try context.readFile($0, as: .selections)) }
        let text = SelectionsText(bytes: bytes, path: path)
        guard text.isReadable else { return .unavailable(text.diagnostics, files: [text.document.source]) }
        let edition: Edition
        switch try self.edition(for: text) {
        case .success(let found): edition = found
        case .failure(let problem): return .unavailable(text.diagnostics + problem.diagnostics, files: problem.files)
        }
        let lastText = lastFile.map { SelectionsText(bytes: $0.bytes, path: $0.path) }
        pendingDigest?.start(edition)
        do {
            var evaluator = YearEvaluator(edition: edition, searchesFixes: searchesFixes)
            evaluator.fixSearchTimeLimit = context.fixSearchTimeLimit
            var year = try evaluator.evaluate(text, amendments: amendments, last: lastText)
            if let digest = pendingDigest?.wait() { year.editionDigest = digest.hex }
            return .evaluated(year)
        } catch let error as AmendmentError {
            throw CLIError.usage("--set \(error)")
        }
    }

    /// Why a file's edition could not be had, with the files the diagnostics point into.
    struct EditionProblem: Error {
        var diagnostics: [Diagnostic]
        var files: [SourceFile]
    }

    /// The edition `text` names, loaded (once per process) from the search path. The name is an id only,
    /// never a path: anything else is an error at the file's `edition` value.
    ///
    /// - Throws: ``CLIError`` when the menus folders are bad or a file of the edition cannot be read.
    func edition(for text: SelectionsText) throws -> Result<Edition, EditionProblem> {
        let files = [text.document.source]
        guard let (id, span) = text.editionReference else {
            return .failure(EditionProblem(diagnostics: [text.editionProblem], files: files))
        }
        let result: EditionLoadResult
        do {
            result = try EditionLocator(context: context, explicitDirectory: menus).load(id: id)
        } catch let error as EditionLookupError {
            return .failure(
                EditionProblem(
                    diagnostics: [SelectionsMessages.editionNotFound(String(describing: error), at: span)], files: files
                ))
        }
        guard let edition = result.edition else {
            let problem = SelectionsMessages.editionHasErrors(id, at: span)
            return .failure(
                EditionProblem(
                    diagnostics: result.diagnostics.filter { $0.severity == .error } + [problem],
                    files: files + result.files))
        }
        return .success(edition)
    }
}
