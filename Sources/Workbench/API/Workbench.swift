import Rulebook
import Synchronization

/// The AGM workbench: the page, its assets and the JSON API over the engine (``YearEvaluator``), behind a
/// ``Router`` that checks every request's host, and every state-changing request's origin and token.
///
/// One workbench serves one session: one token, one selections file. Editions are loaded once each.
public final class Workbench: Sendable {
    public let environment: WorkbenchEnvironment
    /// The session's token: the page carries it, and every POST must send it back.
    public let token: String
    private let editions = Mutex<[String: (edition: Edition, digest: EditionDigest)]>([:])
    /// The file on disk as last evaluated, by its text: the redline's "before", evaluated again only when
    /// the file changes.
    let disk = Mutex<(text: String, year: YearEvaluation?)?>(nil)
    /// Last year's file evaluated, once (`.some(nil)` when it does not load).
    let lastYear = Mutex<YearEvaluation??>(nil)
    /// Serialises writes of the file, so two saves cannot interleave.
    let writing = Mutex(())

    public init(environment: WorkbenchEnvironment, token: String) {
        self.environment = environment
        self.token = token
    }

    /// 32 random bytes from `/dev/urandom` as 64 hex digits, or nil when they cannot be read.
    public static func makeToken() -> String? {
        guard let bytes = Socket.randomBytes(32) else { return nil }
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    /// The router for a server listening on `address:port`.
    public func router(address: String, port: UInt16) -> Router {
        Router(routes: routes, requestGuard: RequestGuard(address: address, port: port, token: token))
    }

    /// The edition `id`, loaded once; refused (422) when `id` is not one of the editions on the search path.
    func edition(_ id: String) throws(HTTPError) -> Edition {
        try evaluator(id).edition
    }

    /// An evaluator for edition `id`, with the edition's digest worked out once (the standing orders show it).
    func evaluator(_ id: String) throws(HTTPError) -> YearEvaluator {
        if let known = editions.withLock({ $0[id] }) {
            return YearEvaluator(edition: known.edition, digest: known.digest)
        }
        guard environment.editionIDs.contains(id) else {
            throw HTTPError(
                .badBody(
                    "there is no edition '\(id)' here; the editions are "
                        + environment.editionIDs.map { "'\($0)'" }.joined(separator: ", ")))
        }
        switch environment.loadEdition(id) {
        case .success(let edition):
            let digest = EditionDigest.compute(edition)
            editions.withLock { $0[id] = (edition, digest) }
            return YearEvaluator(edition: edition, digest: digest)
        case .failure(let problem):
            throw HTTPError(.badBody("edition '\(id)' cannot be loaded: \(problem)"))
        }
    }

    /// The file's text as it is on disk, or nil when the server was started without a file.
    func diskText() throws(HTTPError) -> String? {
        guard environment.filePath != nil else { return nil }
        do {
            return try environment.readFile().map { String(decoding: $0, as: UTF8.self) }
        } catch {
            throw HTTPError(.conflict("the selections file cannot be read: \(error)"))
        }
    }
}
