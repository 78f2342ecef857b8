#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AsyncHTTPClient
import NIOCore
import NIOPosix
import NIOSSL

/// Tells apart failures before the request could have been written (refused, DNS, TLS, connect timeout, proxy) from
/// those after (timeouts, broken connections). When in doubt: "may have been sent".
enum TransportErrorMapper {
    static func map(_ error: any Error, target: String) -> TransportFailure {
        func failure(_ kind: TransportFailure.Kind, _ detail: String = "") -> TransportFailure {
            TransportFailure(kind: kind, target: target, detail: Redactor.redactPatterns(detail))
        }
        switch error {
        case let error as TransportFailure:
            return error
        case let error as HTTPClientError:
            switch error {
            case .connectTimeout, .getConnectionFromPoolTimeout: return failure(.connectTimeout)
            case .tlsHandshakeTimeout: return failure(.tls, "handshake timed out")
            case .httpProxyHandshakeTimeout, .socksHandshakeTimeout: return failure(.proxy, "proxy handshake timed out")
            case .invalidProxyResponse: return failure(.proxy, "the proxy refused the connection")
            case .proxyAuthenticationRequired: return failure(.proxy, "the proxy requires authentication")
            case .readTimeout: return failure(.timeoutAfterSend, "no data within the timeout")
            case .deadlineExceeded: return failure(.timeoutAfterSend, "the request timeout passed")
            case .writeTimeout: return failure(.timeoutAfterSend, "sending timed out")
            case .remoteConnectionClosed: return failure(.connectionLost, "the portal closed the connection")
            case .bodyLengthMismatch: return failure(.connectionLost, "the answer was cut short")
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
            return failure(.connectionLost, "TLS connection closed uncleanly")
        case is NIOSSLError, is NIOSSLExtraError, is BoringSSLError:
            return failure(.tls, tlsDetail(error))
        case is NIOTooManyBytesError:
            return failure(.answerTooLarge)
        case ChannelError.eof, ChannelError.ioOnClosedChannel, ChannelError.inputClosed, ChannelError.alreadyClosed:
            return failure(.connectionLost, "the connection closed")
        case is CancellationError:
            return failure(.cancelled(sent: true))
        default:
            return failure(.other, "\(error)")
        }
    }

    /// What went wrong in the handshake, in words: BoringSSL's own text carries build paths and error numbers.
    static func tlsDetail(_ error: any Error) -> String {
        let text = "\(error)"
        if text.contains("CERTIFICATE_VERIFY_FAILED") { return "the portal's certificate is not trusted" }
        if text.contains("unableToValidateCertificate") || text.contains("HOSTNAME") {
            return "the certificate is for another host name"
        }
        if text.contains("WRONG_VERSION_NUMBER") || text.contains("PACKET_LENGTH_TOO_LONG") {
            return "the other side does not speak TLS"
        }
        if text.contains("EXPIRED") { return "the portal's certificate has expired" }
        return "the TLS handshake failed"
    }

    private static func errnoText(_ error: any Error) -> String {
        guard let error = error as? IOError else { return "\(error)" }
        return "\(String(cString: strerror(error.errnoCode))) (errno \(error.errnoCode))"
    }
}
