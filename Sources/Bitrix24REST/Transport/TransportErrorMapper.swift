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
        func failure(_ kind: TransportFailure.Kind, _ reason: TransportDetailPhrase? = nil) -> TransportFailure {
            TransportFailure(kind: kind, target: target, reason: reason)
        }
        /// The system's or the HTTP stack's own text, redacted.
        func failure(_ kind: TransportFailure.Kind, _ text: String) -> TransportFailure {
            TransportFailure(kind: kind, target: target, detail: Redactor.redactPatterns(text))
        }
        switch error {
        case let error as TransportFailure:
            return error
        case let error as HTTPClientError:
            switch error {
            case .connectTimeout, .getConnectionFromPoolTimeout: return failure(.connectTimeout)
            case .tlsHandshakeTimeout: return failure(.tls, .tlsHandshakeTimedOut)
            case .httpProxyHandshakeTimeout, .socksHandshakeTimeout: return failure(.proxy, .proxyHandshakeTimedOut)
            case .invalidProxyResponse: return failure(.proxy, .proxyRefused)
            case .proxyAuthenticationRequired: return failure(.proxy, .proxyNeedsAuthentication)
            case .readTimeout: return failure(.timeoutAfterSend, .noDataInTime)
            case .deadlineExceeded: return failure(.timeoutAfterSend, .requestTimeoutPassed)
            case .writeTimeout: return failure(.timeoutAfterSend, .sendingTimedOut)
            case .remoteConnectionClosed: return failure(.connectionLost, .portalClosedConnection)
            case .bodyLengthMismatch: return failure(.connectionLost, .answerCutShort)
            case .cancelled: return failure(.cancelled(sent: true))
            default: return failure(.other, "\(error)")
            }
        case let error as NIOConnectionError:
            if error.connectionErrors.isEmpty, error.dnsAError != nil || error.dnsAAAAError != nil {
                return failure(.dns)
            }
            let causes = error.connectionErrors.map(\.error)
            if causes.contains(where: { if case ChannelError.connectTimeout = $0 { return true } else { return false } }) {
                return failure(.connectTimeout)
            }
            return failure(.refused, causes.first.map(errnoText) ?? "")
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
