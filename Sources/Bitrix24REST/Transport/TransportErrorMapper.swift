import Platform
import AsyncHTTPClient
import NIOCore
import NIOPosix
import NIOSSL
import Words

/// Tells apart failures before the request could have been written (refused, DNS, TLS, connect timeout, proxy) from
/// those after (timeouts, broken connections). When in doubt: "may have been sent".
enum TransportErrorMapper {
    static func map(_ error: any Error, target: String) -> TransportFailure {
        let failure = Failure(target: target)
        switch error {
        case let error as TransportFailure:
            return error
        case let error as HTTPClientError:
            return httpClient(error, failure)
        case let error as NIOConnectionError:
            return connection(error, failure)
        case ChannelError.connectTimeout:
            return failure(.connectTimeout)
        case is SocketAddressError, is SocketAddressError.UnknownHost:
            return failure(.dns)
        case let error as IOError:
            switch error.errnoCode {
            case ECONNREFUSED, ENETUNREACH, EHOSTUNREACH, EADDRNOTAVAIL: return failure(.refused, errnoText(error))
            case ECONNRESET, EPIPE: return failure(.connectionLost, errnoText(error))
            case ETIMEDOUT: return failure(.timeoutAfterSend, errnoText(error))
            default: return failure(.other, errnoText(error))
            }
        case NIOSSLError.uncleanShutdown:
            return failure(.connectionLost, .tlsClosedUncleanly)
        case is NIOSSLError, is NIOSSLExtraError, is BoringSSLError:
            return failure(.tls, tlsDetail(error))
        case is NIOTooManyBytesError:
            return failure(.answerTooLarge)
        case ChannelError.eof, ChannelError.ioOnClosedChannel, ChannelError.inputClosed, ChannelError.alreadyClosed:
            return failure(.connectionLost, .connectionClosed)
        case is CancellationError:
            return failure(.cancelled(sent: true))
        default:
            return failure(.other, "\(error)")
        }
    }

    /// A failure on the way to `target`, with a reason in words or the system's or HTTP stack's own text (redacted).
    private struct Failure {
        let target: String

        func callAsFunction(_ kind: TransportFailure.Kind, _ reason: TransportDetailPhrase? = nil) -> TransportFailure {
            TransportFailure(kind: kind, target: target, reason: reason)
        }

        func callAsFunction(_ kind: TransportFailure.Kind, _ text: String) -> TransportFailure {
            TransportFailure(kind: kind, target: target, detail: Redactor.redactPatterns(text))
        }
    }

    private static func httpClient(_ error: HTTPClientError, _ failure: Failure) -> TransportFailure {
        switch error {
        case .connectTimeout, .getConnectionFromPoolTimeout: failure(.connectTimeout)
        case .tlsHandshakeTimeout: failure(.tls, .tlsHandshakeTimedOut)
        case .httpProxyHandshakeTimeout, .socksHandshakeTimeout: failure(.proxy, .proxyHandshakeTimedOut)
        case .invalidProxyResponse: failure(.proxy, .proxyRefused)
        case .proxyAuthenticationRequired: failure(.proxy, .proxyNeedsAuthentication)
        case .readTimeout: failure(.timeoutAfterSend, .noDataInTime)
        case .deadlineExceeded: failure(.timeoutAfterSend, .requestTimeoutPassed)
        case .writeTimeout: failure(.timeoutAfterSend, .sendingTimedOut)
        case .remoteConnectionClosed: failure(.connectionLost, .portalClosedConnection)
        case .bodyLengthMismatch: failure(.connectionLost, .answerCutShort)
        case .cancelled: failure(.cancelled(sent: true))
        default: failure(.other, "\(error)")
        }
    }

    /// Every address refused or timed out; no address at all means the name did not resolve.
    private static func connection(_ error: NIOConnectionError, _ failure: Failure) -> TransportFailure {
        if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
            return failure(.dns)
        }
        let causes = error.connectionErrors.map(\.error)
        if causes.contains(where: { if case ChannelError.connectTimeout = $0 { return true } else { return false } }) {
            return failure(.connectTimeout)
        }
        return failure(.refused, causes.first.map(errnoText) ?? "")
    }

    /// What went wrong in the handshake, in words: BoringSSL's own text carries build paths and error numbers.
    static func tlsDetail(_ error: any Error) -> TransportDetailPhrase {
        let text = "\(error)"
        if text.contains("CERTIFICATE_VERIFY_FAILED") { return .certificateNotTrusted }
        if text.contains("unableToValidateCertificate") || text.contains("HOSTNAME") { return .certificateForAnotherHost }
        if text.contains("WRONG_VERSION_NUMBER") || text.contains("PACKET_LENGTH_TOO_LONG") { return .notTLS }
        if text.contains("EXPIRED") { return .certificateExpired }
        return .tlsHandshakeFailed
    }

    private static func errnoText(_ error: any Error) -> String {
        guard let error = error as? IOError else { return "\(error)" }
        return "\(String(cString: strerror(error.errnoCode))) (errno \(error.errnoCode))"
    }
}
