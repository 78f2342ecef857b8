import Foundation
import Testing
import AsyncHTTPClient
import NIOCore
import NIOSSL
@testable import Bitrix24REST

struct TransportErrorMapperTests {
    static func cases() -> [(String, any Error, TransportFailure.Kind)] { [
        ("connect timeout", HTTPClientError.connectTimeout, .connectTimeout),
        ("channel connect timeout", ChannelError.connectTimeout(.seconds(10)), .connectTimeout),
        ("pool timeout", HTTPClientError.getConnectionFromPoolTimeout, .connectTimeout),
        ("refused", IOError(errnoCode: ECONNREFUSED, reason: "connect"), .refused),
        ("unreachable", IOError(errnoCode: EHOSTUNREACH, reason: "connect"), .refused),
        ("reset", IOError(errnoCode: ECONNRESET, reason: "read"), .connectionLost),
        ("tls timeout", HTTPClientError.tlsHandshakeTimeout, .tls),
        ("tls handshake", NIOSSLError.handshakeFailed(.sslError([])), .tls),
        ("hostname", NIOSSLExtraError.failedToValidateHostname, .tls),
        ("tls unclean", NIOSSLError.uncleanShutdown, .connectionLost),
        ("proxy", HTTPClientError.invalidProxyResponse, .proxy),
        ("proxy auth", HTTPClientError.proxyAuthenticationRequired, .proxy),
        ("read timeout", HTTPClientError.readTimeout, .timeoutAfterSend),
        ("deadline", HTTPClientError.deadlineExceeded, .timeoutAfterSend),
        ("closed", HTTPClientError.remoteConnectionClosed, .connectionLost),
        ("cut short", HTTPClientError.bodyLengthMismatch, .connectionLost),
        ("eof", ChannelError.eof, .connectionLost),
        ("too large", NIOTooManyBytesError(maxBytes: 10), .answerTooLarge),
        ("cancelled", HTTPClientError.cancelled, .cancelled(sent: true)),
        ("task cancelled", CancellationError(), .cancelled(sent: true)),
        ("unknown", HTTPClientError.invalidURL, .other),
    ] }

    @Test func mapsEachFailure() {
        let notSent: [TransportFailure.Kind] = [.refused, .dns, .tls, .connectTimeout, .proxy]
        for (name, error, kind) in Self.cases() {
            let failure = TransportErrorMapper.map(error, target: "b24.example:443")
            #expect(failure.kind == kind, "\(name)")
            #expect(failure.target == "b24.example:443")
            #expect(failure.mayHaveExecuted == !notSent.contains(kind), "\(name)")
        }
    }
}
