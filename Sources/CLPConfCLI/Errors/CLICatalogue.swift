import Diagnostics

/// Every code of the command line, each declared once with its docs: `C1xx` usage, `C2xx` files, `C3xx`
/// output.
///
/// ``CLIError`` takes its code from these entries. Codes are never reused.
enum CLICatalogue {
    /// Every code, in code order, for `clpconf explain` and the docs.
    static let all: [MessageDescriptor] = [
        usage, fileNotFound, isDirectory, notDirectory, unreadable, writeFailed, outputIsInput, notRegularFile,
        tooLarge, badMenusFolder, streamWriteFailed, moreLikeThis,
    ]

    static let usage = MessageDescriptor(
        "C101", .cli, .error, summary: "a command line clpconf cannot use",
        documentation: """
            An unknown command or option, a missing argument, or a value that is not allowed. The message says \
            what is wrong; 'clpconf help COMMAND' shows what the command takes.
            """)

    static let fileNotFound = MessageDescriptor(
        "C201", .cli, .error, summary: "a file or folder named on the command line does not exist",
        documentation: """
            Check the path for typos, and that it is relative to the folder clpconf runs in.
            """)

    static let isDirectory = MessageDescriptor(
        "C202", .cli, .error, summary: "a folder given where a file is expected",
        documentation: """
            The path names a folder. Name a file inside it instead.
            """)

    static let notDirectory = MessageDescriptor(
        "C203", .cli, .error, summary: "a file given where a folder is expected",
        documentation: """
            The path names a file, but the option needs a folder, such as --menus. Name the folder instead.
            """)

    static let unreadable = MessageDescriptor(
        "C204", .cli, .error, summary: "a file that cannot be read",
        documentation: """
            The file exists but cannot be read, usually because of its permissions. The message gives the \
            system's reason.
            """)

    static let writeFailed = MessageDescriptor(
        "C205", .cli, .error, summary: "an output file that cannot be written",
        documentation: """
            The folder does not exist, is not writable, or the disk is full. The message gives the system's \
            reason; choose another output path if need be.
            """)

    static let outputIsInput = MessageDescriptor(
        "C206", .cli, .error, summary: "an output path that names an input file",
        documentation: """
            clpconf never overwrites a file it reads. Choose a different output path.
            """)

    static let notRegularFile = MessageDescriptor(
        "C207", .cli, .error, summary: "a path that names a FIFO, a device or a socket, not a regular file",
        documentation: """
            clpconf reads and writes only regular files. An input that is a named pipe, a device or a socket \
            is refused before it is opened for reading, so clpconf never waits on it; an output path that is \
            one (or a symbolic link to nothing) is refused rather than replaced. Name a regular file instead.
            """)

    static let tooLarge = MessageDescriptor(
        "C208", .cli, .error, summary: "an input file larger than the limit for its kind",
        documentation: """
            A selections file or a menu file may hold at most 10 MB; real ones hold a few kilobytes, so a \
            larger file is almost certainly the wrong one and is refused before it is read. 'clpconf toml' \
            reads TOML files of any size.
            """)

    static let badMenusFolder = MessageDescriptor(
        "C209", .cli, .error, summary: "a --menus or CLPCONF_MENUS that is not a folder of editions",
        documentation: """
            --menus and CLPCONF_MENUS name the folder that holds the menu editions, one folder per edition \
            (such as menus/, holding menus/2019/edition.toml). A path that is missing, is a file, holds no \
            edition or is one edition's own folder is an error rather than silently ignored.
            """)

    static let streamWriteFailed = MessageDescriptor(
        "C210", .cli, .error, summary: "standard output or standard error cannot be written",
        documentation: """
            The output went to a full disk, a closed pipe or a device that refuses writes, so what clpconf \
            printed is incomplete; the exit status is 2. Write to another place, or use -o FILE.
            """)

    static let moreLikeThis = MessageDescriptor(
        "C301", .cli, .note, summary: "more diagnostics of one code in a file than are printed",
        documentation: """
            clpconf prints at most the first 100 diagnostics of one code in each file, then this note with \
            how many more there are, so a file with thousands of the same mistake stays readable. The \
            summary line, the JSON counts and the exit status still count every one.
            """)
}
