import Diagnostics
import Testing

/// Checks shared by every module's catalogue tests: that codes are declared once and well formed, and that the
/// diagnostics a test sees carry declared codes with their declared severities.
public enum CatalogueChecks {
    /// Whether `code` is one of clpconf's own: a domain letter and three digits. Menu constraint codes
    /// (`GOV02`) never are.
    public static func isBuiltin(_ code: String) -> Bool {
        code.wholeMatch(of: /[TJDRMSC][1-3][0-9][0-9]/) != nil
    }

    /// Each code appears once, in order, well formed, in one of `domains`, with a summary and documentation
    /// in the house style.
    public static func checkDeclarations(
        _ entries: [MessageDescriptor], domains: Set<DiagnosticDomain>,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let codes = entries.map(\.code)
        let repeated = Dictionary(grouping: codes, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        #expect(repeated.isEmpty, "declared more than once: \(repeated)", sourceLocation: sourceLocation)
        #expect(codes == codes.sorted(), "codes are not in order", sourceLocation: sourceLocation)
        for entry in entries {
            #expect(isBuiltin(entry.code), "\(entry.code)", sourceLocation: sourceLocation)
            #expect(entry.code.first == entry.domain.prefix, "\(entry.code) in \(entry.domain)", sourceLocation: sourceLocation)
            #expect(domains.contains(entry.domain), "\(entry.code) in \(entry.domain)", sourceLocation: sourceLocation)
            #expect(
                !entry.summary.isEmpty && entry.summary.first?.isUppercase == false && entry.summary.last != ".",
                "\(entry.code) summary: \(entry.summary)", sourceLocation: sourceLocation)
            #expect(
                entry.documentation.count > entry.summary.count && entry.documentation.hasSuffix("."),
                "\(entry.code) documentation: \(entry.documentation)", sourceLocation: sourceLocation)
            #expect(!entry.documentation.contains("  "), "\(entry.code): double space", sourceLocation: sourceLocation)
        }
    }

    /// Every diagnostic with a built-in code has that code declared in `catalogue`, with the severity it is
    /// reported at. Codes that are not built-in (a menu's own constraint codes) are skipped.
    public static func checkDeclared(
        _ diagnostics: [Diagnostic], in catalogue: [MessageDescriptor],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        for diagnostic in diagnostics where isBuiltin(diagnostic.code) {
            let entry = catalogue.first { $0.code == diagnostic.code }
            #expect(entry != nil, "\(diagnostic.code) is not declared in a catalogue", sourceLocation: sourceLocation)
            if let entry {
                #expect(
                    entry.severity == diagnostic.severity,
                    "\(diagnostic.code) is declared \(entry.severity) but reported as \(diagnostic.severity)",
                    sourceLocation: sourceLocation)
            }
        }
    }
}
