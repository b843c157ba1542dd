import Diagnostics

/// Reads TOML 1.0 text into a ``TOMLDocument``, collecting every problem as a located diagnostic.
///
/// TEMPORARY SIGNATURE: the real implementation replaces this body.
public enum TOMLParser {
    /// Parses raw bytes, rejecting invalid UTF-8 at the byte where it starts.
    public static func parse(bytes: [UInt8], path: String) -> TOMLParseResult {
        let text = String(decoding: bytes, as: UTF8.self)
        return TOMLParseResult(document: TOMLDocument(root: TOMLTable(), source: SourceFile(path: path, text: text)), diagnostics: [])
    }

    /// Parses text that is already a valid `String`.
    public static func parse(_ text: String, path: String) -> TOMLParseResult {
        parse(bytes: Array(text.utf8), path: path)
    }
}
