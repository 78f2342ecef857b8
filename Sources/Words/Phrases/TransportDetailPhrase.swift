/// The short technical detail of a transport failure, shown in parentheses: sipline's own words for what the HTTP
/// stack reported, or the system's text as it came (`strerror`, a TLS library's message), which is never translated.
public enum TransportDetailPhrase: Phrase {
    /// The operating system's or the HTTP stack's own text, redacted.
    case system(String)
    case tlsHandshakeTimedOut
    case proxyHandshakeTimedOut
    case proxyRefused
    case proxyNeedsAuthentication
    case noDataInTime
    case requestTimeoutPassed
    case sendingTimedOut
    case portalClosedConnection
    case answerCutShort
    case connectionClosed
    case tlsClosedUncleanly
    case notAnHTTPAddress
    /// `variable` is HTTPS_PROXY, HTTP_PROXY or ALL_PROXY.
    case notAProxyAddress(variable: String)
    case clientShutDown
    /// The TLS handshake failed: the certificate is not trusted (self-signed, unknown authority).
    case certificateNotTrusted
    /// The certificate names another host.
    case certificateForAnotherHost
    /// The certificate has expired.
    case certificateExpired
    /// What answered does not speak TLS at all.
    case notTLS
    /// The TLS handshake failed for another reason.
    case tlsHandshakeFailed
}
