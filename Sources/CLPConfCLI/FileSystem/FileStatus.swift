/// What a path names, from `stat(2)` or `lstat(2)`: the kind of file and, for a regular file, its size.
public struct FileStatus: Sendable, Hashable {
    /// The kind of a file system entry.
    public enum Kind: Sendable, Hashable {
        case regular
        case directory
        case symbolicLink
        case fifo
        case characterDevice
        case blockDevice
        case socket
        case other

        /// The kind in words, after "it is" or "'x' is": "a named pipe (FIFO)", "a device".
        var phrase: String {
            switch self {
            case .regular: "a regular file"
            case .directory: "a directory"
            case .symbolicLink: "a symbolic link"
            case .fifo: "a named pipe (FIFO)"
            case .characterDevice, .blockDevice: "a device"
            case .socket: "a socket"
            case .other: "not a file clpconf can use"
            }
        }
    }

    /// What the path names.
    public var kind: Kind
    /// The size in bytes (0 for what is not a regular file).
    public var size: Int

    /// Creates a status from its parts.
    public init(kind: Kind, size: Int = 0) {
        self.kind = kind
        self.size = size
    }
}
