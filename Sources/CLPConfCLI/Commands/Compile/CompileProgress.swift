import RuleLanguage

/// The compile's progress line on stderr ("compiling: 1,200 of 10,000 reports"), redrawn in place: only on
/// a terminal, never with `NO_COLOR` or `TERM=dumb`, and only once the input passes a few hundred reports,
/// so a small compile and a piped one print nothing.
struct CompileProgress {
    /// Reports before the line appears.
    static let threshold = 300
    /// Redraw every this many reports.
    static let step = 100

    let enabled: Bool
    let context: CommandContext
    private var shown = false

    init(context: CommandContext) {
        self.context = context
        enabled = ColorMode.auto.usesColor(isTerminal: context.isErrorTerminal, environment: context.environment)
    }

    mutating func update(_ done: Int, of total: Int) {
        guard enabled, total > Self.threshold, done % Self.step == 0 || done == total else { return }
        shown = true
        context.standardError.write(
            "\r\u{1B}[2Kcompiling: \(RuleValueFormatter.thousands(done)) of \(RuleValueFormatter.thousands(total)) reports"
        )
    }

    /// Clears the line, so the diagnostics that follow start on a clean one.
    func finish() {
        if shown { context.standardError.write("\r\u{1B}[2K") }
    }
}
