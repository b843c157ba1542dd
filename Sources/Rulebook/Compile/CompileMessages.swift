import Diagnostics

/// The compile's diagnostics, each built from its entry in ``CompileCatalogue``.
enum CompileMessages {
    static func superseded(_ loser: Receipt, by kept: Receipt, why: String) -> Diagnostic {
        CompileCatalogue.superseded.diagnostic(
            "a second report for \(loser.clp ?? "this CLP") in \(loser.year.map(String.init) ?? "this year"): "
                + "this one is left out",
            at: SourceSpan(file: loser.file, range: 0..<0),
            notes: [Note("kept \(kept.file): \(why)")])
    }

    static func unquoted(files: Int, first: String, budget: Int) -> Diagnostic {
        CompileCatalogue.unquoted.diagnostic(
            "the problems of \(Figures.thousands(files)) rejected \(files == 1 ? "file are" : "files are") shown "
                + "with their line and column but without the line of text (the first is '\(first)'): the compile "
                + "quotes at most \(Figures.thousands(budget)) bytes of rejected files",
            at: nil,
            fixIts: [FixIt("compile one of those files on its own to see its problems in place")])
    }

    static func notOnRoster(_ report: ReceivedReport) -> Diagnostic {
        CompileCatalogue.notOnRoster.diagnostic(
            "'\(report.clp)' is not on the roster; its report is still counted",
            at: SourceSpan(file: report.file, range: 0..<0),
            fixIts: [FixIt("check the CLP's name in its selections file, or add the CLP to the roster")])
    }

    static func responseUnused(_ response: CentreResponse) -> Diagnostic {
        let year = response.year.map { " in \($0)" } ?? ""
        return CompileCatalogue.responseUnused.diagnostic(
            "no report from '\(response.clp)'\(year) was counted, so no letter carries this response",
            at: response.span,
            fixIts: [FixIt("write the CLP's name as its report gives it")])
    }
}
