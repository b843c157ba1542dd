/// The SHA-256 digest of an edition's content: what a report carries so that compile can tell whether two
/// reports followed the same edition, word for word.
///
/// It is computed from a canonical serialisation of the loaded ``Edition`` (documented in `docs/formats.md`,
/// "Edition digest"), not from the files' bytes: reformatting a file, reordering the keys of a table, or
/// changing comments or whitespace leaves it unchanged; changing any value the edition means (an id, a
/// text, an expression, a range, a default, the order of sections or options) changes it.
public struct EditionDigest: Sendable, Hashable, CustomStringConvertible {
    /// The first record of every canonical form; a new version means the serialisation changed.
    public static let formatVersion = "clpconf.edition-digest/3"

    /// How many hex digits ``short`` shows.
    public static let shortLength = 12

    /// The 64 lowercase hex digits of the SHA-256.
    public let hex: String

    /// The first ``shortLength`` hex digits, for display (`menu list`, a document's title block).
    public var short: String { String(hex.prefix(Self.shortLength)) }

    /// The full hex digest.
    public var description: String { hex }

    /// A digest read back from text (a report's `editionDigest`); nil unless it is 64 lowercase hex digits.
    public init?(hex: String) {
        let digits = hex.utf8
        let isHex = digits.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
        guard digits.count == 64, isHex else { return nil }
        self.hex = hex
    }

    private init(trusted hex: String) {
        self.hex = hex
    }

    /// The digest of `edition`: SHA-256 of ``canonicalForm(of:)``.
    public static func compute(_ edition: Edition) -> EditionDigest {
        var writer = EditionCanonicalWriter(hashing: true)
        writer.write(edition)
        return EditionDigest(trusted: writer.digestHex())
    }

    /// The canonical serialisation the digest is taken of: UTF-8 records `key token` ending in a newline,
    /// with every string length-prefixed, in the model's declaration order (see `docs/formats.md`).
    public static func canonicalForm(of edition: Edition) -> [UInt8] {
        var writer = EditionCanonicalWriter()
        writer.write(edition)
        return writer.bytes
    }
}

extension Edition {
    /// The edition's ``EditionDigest``; computed on each access (it serialises the whole edition), so keep it
    /// if it is needed more than once.
    public var digest: EditionDigest { EditionDigest.compute(self) }
}
