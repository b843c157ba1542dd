import Synchronization

@testable import CLPConfCLI

/// Collects what a command writes to one stream.
final class OutputBuffer: Sendable {
    private let storage = Mutex("")

    var text: String { storage.withLock { $0 } }

    var sink: OutputSink {
        OutputSink { [self] piece in storage.withLock { $0 += piece } }
    }
}
