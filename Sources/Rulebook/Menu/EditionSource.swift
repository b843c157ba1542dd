import Diagnostics
import TOML

/// The raw files of one edition folder, as the CLI read them; the engine itself never touches the disk.
public struct EditionSource: Sendable {
    /// One file's path (as shown in diagnostics) and bytes.
    public struct File: Sendable {
        public var path: String
        public var bytes: [UInt8]

        public init(path: String, bytes: [UInt8]) {
            self.path = path
            self.bytes = bytes
        }
    }

    /// The folder name, which must equal the edition's `id`.
    public var folderName: String
    public var edition: File
    /// `sections/*.toml`, in any order.
    public var sections: [File]
    /// `example.toml`, the base for constraint examples (optional).
    public var example: File?

    public init(folderName: String, edition: File, sections: [File], example: File? = nil) {
        self.folderName = folderName
        self.edition = edition
        self.sections = sections
        self.example = example
    }
}

/// What loading an edition produced: the edition (nil when it has errors) and every diagnostic.
public struct EditionLoadResult: Sendable {
    public var edition: Edition?
    public var diagnostics: [Diagnostic]
    /// Every file read, for rendering diagnostics.
    public var files: [SourceFile]
    /// The files as parsed, held as long as the result is. Freeing a few thousand TOML values is a
    /// measurable part of a load (0.8 M instructions for `menus/2019`); kept here, that cost moves to the
    /// result's owner: the CLI's ``EditionStore`` keeps results until the process exits, which frees nothing,
    /// and a long-running owner frees them together with the edition.
    public var documents: [TOMLDocument] = []
}
