extension TransportPhrase {
    public var legacyEnglish: String {
        switch self {
        case .refused(let target, let detail):
            "Could not connect to \(target)\(detail.inParentheses(.english)): the connection was refused or the host is "
                + "unreachable. Nothing was sent. Check the portal address and the network."
        case .dns(let target, let detail):
            "The host name of \(target) could not be resolved\(detail.inParentheses(.english)). Nothing was sent. "
                + "Check the portal address and the DNS settings."
        case .tls(let target, let detail):
            "The secure (TLS) connection to \(target) failed\(detail.inParentheses(.english)). Nothing was sent. "
                + "Check the portal address, the system time and any proxy that inspects HTTPS."
        case .connectTimeout(let target, let detail):
            "No connection to \(target) within the connect timeout\(detail.inParentheses(.english)). Nothing was sent. "
                + "Check the network, the firewall and the proxy settings (HTTPS_PROXY, NO_PROXY)."
        case .proxy(let target, let detail):
            "The proxy could not reach \(target)\(detail.inParentheses(.english)). Nothing was sent. "
                + "Check HTTPS_PROXY/HTTP_PROXY and NO_PROXY."
        case .timeoutAfterSend(let target, let detail):
            "The portal at \(target) did not answer in time\(detail.inParentheses(.english)). The request may have been "
                + "carried out; check before repeating it."
        case .connectionLost(let target, let detail):
            "The connection to \(target) broke before the whole answer arrived\(detail.inParentheses(.english)). The request "
                + "may have been carried out; check before repeating it."
        case .answerTooLarge(let target, let detail):
            "The answer from \(target) was too large to accept\(detail.inParentheses(.english)). The request may have been carried out."
        case .cancelledAfterSending(let target):
            "The call to \(target) was cancelled while waiting for the answer; it may have been carried out."
        case .cancelledBeforeSending(let target):
            "The call to \(target) was cancelled before it was sent."
        case .other(let target, let detail):
            "The request to \(target) failed\(detail.inParentheses(.english)). It may have been carried out; check before repeating it."
        }
    }
}

extension TransportDetailPhrase {
    public var legacyEnglish: String {
        switch self {
        case .system(let text): text
        case .tlsHandshakeTimedOut: "handshake timed out"
        case .proxyHandshakeTimedOut: "proxy handshake timed out"
        case .proxyRefused: "the proxy refused the connection"
        case .proxyNeedsAuthentication: "the proxy requires authentication"
        case .noDataInTime: "no data within the timeout"
        case .requestTimeoutPassed: "the request timeout passed"
        case .sendingTimedOut: "sending timed out"
        case .portalClosedConnection: "the portal closed the connection"
        case .answerCutShort: "the answer was cut short"
        case .connectionClosed: "the connection closed"
        case .tlsClosedUncleanly: "TLS connection closed uncleanly"
        case .notAnHTTPAddress: "not an http(s) address"
        case .notAProxyAddress(let variable): "\(variable) is not an http:// or socks5:// proxy address"
        case .clientShutDown: "the client was shut down"
        case .certificateNotTrusted: "the portal's certificate is not trusted"
        case .certificateForAnotherHost: "the certificate is for another host name"
        case .certificateExpired: "the portal's certificate has expired"
        case .notTLS: "the other side does not speak TLS"
        case .tlsHandshakeFailed: "the TLS handshake failed"
        }
    }
}

extension Optional<TransportDetailPhrase> {
    /// " (detail)" (the same in every language), nothing without a detail or with an empty system text.
    func inParentheses(_ language: Language) -> String {
        guard let text = language == .english ? self?.legacyEnglish : self?.legacyRussian, !text.isEmpty else { return "" }
        return " (\(text))"
    }
}
