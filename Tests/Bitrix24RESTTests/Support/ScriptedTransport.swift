import Foundation
import NIOConcurrencyHelpers
@testable import Bitrix24REST

/// A transport that answers from a script and records what was sent: the client's retry, refresh and redirect
/// logic runs for real, without a network.
final class ScriptedTransport: HTTPTransport {
    enum Step: Sendable {
        case reply(HTTPExchangeReply)
        case fail(TransportFailure)
    }

    private let script: NIOLockedValueBox<[Step]>
    private let log = NIOLockedValueBox<[HTTPExchangeRequest]>([])
    /// Called before each answer (lets a test hold a request until others arrive).
    private let gate: (@Sendable (HTTPExchangeRequest) async -> Void)?

    init(_ steps: [Step], gate: (@Sendable (HTTPExchangeRequest) async -> Void)? = nil) {
        self.script = NIOLockedValueBox(steps)
        self.gate = gate
    }

    var requests: [HTTPExchangeRequest] { log.withLockedValue { $0 } }

    func send(_ request: HTTPExchangeRequest) async throws(TransportFailure) -> HTTPExchangeReply {
        log.withLockedValue { $0.append(request) }
        await gate?(request)
        let step = script.withLockedValue { steps -> Step? in steps.isEmpty ? nil : steps.removeFirst() }
        switch step {
        case .reply(let reply): return reply
        case .fail(let failure): throw failure
        case nil: throw TransportFailure(kind: .other, target: "script", detail: "script exhausted")
        }
    }

    func shutdown() async {}

    static func json(_ status: Int, _ text: String, headers: [HTTPHeader] = []) -> Step {
        .reply(HTTPExchangeReply(status: status, headers: headers, body: Array(text.utf8)))
    }
}
