/// What an input file is for, which sets how large it may be: every limit on what clpconf reads is here.
///
/// A selections file or a menu file is a few kilobytes; ten megabytes is far beyond any real one and
/// still small enough to read and check quickly, so anything larger is refused before it is read
/// (DESIGN §6: memory stays within a small multiple of the input). `clpconf toml` keeps no limit: it is
/// the tool for looking at any TOML file.
enum InputKind: Sendable, Hashable {
    /// A CLP's selections file (`check FILE`, `--last`, `init --from`, `build`, `diff`, `explain --file`).
    case selections
    /// A file of a menu edition: `edition.toml`, a section file or `example.toml`.
    case menu
    /// A CLP's report, read by `compile`.
    case report
    /// The compile's roster (CSV) or the centre's responses (TOML).
    case compileInput
    /// Any file, of any size (`clpconf toml`).
    case unlimited

    /// The largest selections or menu file read: 10 MB.
    static let tenMegabytes = 10 * 1024 * 1024

    /// The largest file of this kind that is read, in bytes; nil for no limit.
    var limit: Int? {
        switch self {
        case .selections, .menu, .report, .compileInput: Self.tenMegabytes
        case .unlimited: nil
        }
    }

    /// The kind in words, after "the limit for".
    var noun: String {
        switch self {
        case .selections: "a selections file"
        case .menu: "a menu file"
        case .report: "a report"
        case .compileInput: "a roster or responses file"
        case .unlimited: "a file"
        }
    }
}
