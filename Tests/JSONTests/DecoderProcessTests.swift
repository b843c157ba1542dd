import Foundation
import Testing

/// Malformed reports through the real `json-test-decoder` process: exit 1 with a located diagnostic, never a
/// crash, a signal or a hang.
@Suite struct DecoderProcessTests {
    /// The decoder built beside this test bundle, if it is there.
    static let executable: String? = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let path = bundle.appendingPathComponent("json-test-decoder").path
        return FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }()

    /// Runs the decoder on `input` (through a temporary file on stdin) and returns its status, stdout and stderr.
    static func decode(_ input: [UInt8]) throws -> (status: Int32, output: String, errors: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("json-\(UUID().uuidString).json")
        try Data(input).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(executable))
        process.standardInput = try FileHandle(forReadingFrom: file)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read stdout on another thread so neither pipe can fill up and stall the decoder.
        let outputData = Mutexed()
        let reader = Thread { outputData.set(output.fileHandleForReading.readDataToEndOfFile()) }
        reader.start()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !outputData.isSet { usleep(1000) }
        return (
            process.terminationStatus, String(decoding: outputData.value, as: UTF8.self),
            String(decoding: errorData, as: UTF8.self)
        )
    }

    static func expectLocatedRejection(
        _ input: [UInt8], code: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let result = try decode(input)
        #expect(result.status == 1, "exit \(result.status)", sourceLocation: sourceLocation)
        #expect(result.output.isEmpty, sourceLocation: sourceLocation)
        let first = result.errors.split(separator: "\n").first.map(String.init) ?? ""
        #expect(
            first.wholeMatch(of: /<stdin>:[0-9]+:[0-9]+: error: .* \[J1[0-9][0-9]\]/) != nil, "\(first)",
            sourceLocation: sourceLocation)
        #expect(first.hasSuffix("[\(code)]"), "\(first)", sourceLocation: sourceLocation)
        #expect(result.errors.contains("^"), "no caret: \(result.errors.prefix(300))", sourceLocation: sourceLocation)
    }

    static let report = Array(
        #"{"schema": "clpconf.report/1", "items": [{"code": "S101", "line": 12}, {"code": "S204", "line": 40}]}"#.utf8)

    @Test(.enabled(if: executable != nil), .timeLimit(.minutes(2)))
    func validInputIsWrittenBack() throws {
        let result = try Self.decode(Self.report)
        #expect(result.status == 0 && result.errors.isEmpty)
        #expect(result.output == #"{"schema":"clpconf.report/1","items":[{"code":"S101","line":12},{"code":"S204","line":40}]}"# + "\n")
    }

    @Test(.enabled(if: executable != nil), .timeLimit(.minutes(2)))
    func truncatedReport() throws {
        try Self.expectLocatedRejection(Array(Self.report.prefix(60)), code: "J102")
        try Self.expectLocatedRejection(Array(Self.report.dropLast()), code: "J101")
    }

    @Test(.enabled(if: executable != nil), .timeLimit(.minutes(2)))
    func binaryFile() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = [0x7F, 0x45, 0x4C, 0x46] + (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let result = try Self.decode(bytes)
        #expect(result.status == 1)
        #expect(result.errors.hasPrefix("<stdin>:1:"), "\(result.errors.prefix(200))")
    }

    @Test(.enabled(if: executable != nil), .timeLimit(.minutes(2)))
    func hundredThousandNestedArrays() throws {
        try Self.expectLocatedRejection(Array(repeating: UInt8(ascii: "["), count: 100_000), code: "J108")
    }

    @Test(.enabled(if: executable != nil), .timeLimit(.minutes(2)))
    func hundredMegabyteString() throws {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 100_000_004)
        bytes[0] = UInt8(ascii: "[")
        bytes[1] = UInt8(ascii: "\"")
        bytes[bytes.count - 2] = UInt8(ascii: "\"")
        bytes[bytes.count - 1] = UInt8(ascii: "]")
        try Self.expectLocatedRejection(bytes, code: "J109")
    }
}

/// A value set once by another thread.
private final class Mutexed: @unchecked Sendable {
    private let lock = NSLock()
    private var data: Data?

    func set(_ value: Data) {
        lock.lock()
        data = value
        lock.unlock()
    }

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return data != nil
    }

    var value: Data {
        lock.lock()
        defer { lock.unlock() }
        return data ?? Data()
    }
}
