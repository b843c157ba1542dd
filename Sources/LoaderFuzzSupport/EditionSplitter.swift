import Rulebook

/// Splits one edition-fuzz input into edition files at lines `#---- PATH`; the first part is `edition.toml`.
/// A marker with an empty name, or a name already used, gets a generated one no other file has, since no
/// folder holds two files of one name.
public enum EditionSplitter {
    /// The start of a line that begins a new file.
    public static let marker = Array("#---- ".utf8)

    /// The files of `bytes`: `edition.toml` first, then one per marker line.
    public static func split(_ bytes: [UInt8]) -> [EditionSource.File] {
        var files: [EditionSource.File] = []
        var path = "edition.toml"
        var start = 0
        var index = 0
        while index < bytes.count {
            let atLineStart = index == 0 || bytes[index - 1] == UInt8(ascii: "\n")
            if atLineStart, bytes[index...].starts(with: marker) {
                files.append(EditionSource.File(path: path, bytes: Array(bytes[start..<index])))
                var end = index
                while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
                let name = String(decoding: bytes[(index + marker.count)..<end], as: UTF8.self)
                // A generated name may equal one the input gave, so it too is checked, and numbered on.
                path = name
                var number = files.count
                while path.isEmpty || files.contains(where: { $0.path == path }) {
                    path = "sections/\(number)-\(name.count).toml"
                    number += 1
                }
                start = min(end + 1, bytes.count)
                index = start
                continue
            }
            index += 1
        }
        files.append(EditionSource.File(path: path, bytes: Array(bytes[start...])))
        return files
    }
}
