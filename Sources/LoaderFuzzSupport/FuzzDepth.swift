#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How far one fuzz input goes past the loader, decided from the input alone so that a crash reproduces.
///
/// Rendering every diagnostic and building the documents cost several times more than loading, so only the
/// seeds and one input in ``sampleRate`` (by a hash of its bytes) go through the whole pipeline; every other
/// input is loaded and checked in full and has its first ``renderedDiagnostics`` diagnostics rendered.
/// `CLPCONF_FUZZ_FULL=1` sends every input through the whole pipeline: to replay a corpus in full, or to
/// measure what the sampling saves.
public struct FuzzDepth: Sendable {
    /// One input in this many, by ``hash(_:)``, goes through the whole pipeline.
    public static let sampleRate: UInt64 = 32
    /// Diagnostics rendered for an input that does not go through the whole pipeline.
    public static let renderedDiagnostics = 3
    /// Whether `CLPCONF_FUZZ_FULL=1` asks for the whole pipeline on every input.
    public static let everyInput = ProcessInfo.processInfo.environment["CLPCONF_FUZZ_FULL"] == "1"

    /// Whether this input goes through the whole pipeline.
    public let isFull: Bool

    public init(_ bytes: [UInt8], seeds: FuzzSeeds) {
        isFull = Self.everyInput || seeds.contains(bytes) || Self.hash(bytes) % Self.sampleRate == 0
    }

    /// 64-bit FNV-1a of `bytes`: cheap, and the same on every run.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }
}

/// The files the corpus is seeded with, read once: each goes through the whole pipeline every time it runs.
public struct FuzzSeeds: Sendable {
    private let files: Set<[UInt8]>
    private let sizes: Set<Int>

    /// Reads `paths` (relative to the current folder); a file that cannot be read is left out.
    public init(paths: [String]) {
        files = Set(paths.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } })
        sizes = Set(files.map(\.count))
    }

    /// Whether `bytes` is one of the seeds; only an input of a seed's length is compared.
    public func contains(_ bytes: [UInt8]) -> Bool { sizes.contains(bytes.count) && files.contains(bytes) }
}
