import Words

/// A call that got no HTTP answer. `kind` says how far it got, which decides whether the portal may have run it.
public struct TransportFailure: Error, Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Nothing listens on the port (ECONNREFUSED), or the network/host is unreachable. Not sent.
        case refused
        /// The host name does not resolve. Not sent.
        case dns
        /// The TLS handshake failed (certificate, hostname, protocol). Not sent.
        case tls
        /// No connection within the connect timeout. Not sent.
        case connectTimeout
        /// The proxy refused, asked for authentication or could not be reached. Not sent.
        case proxy
        /// The whole-request deadline passed or the answer stalled after the request may have been written.
        case timeoutAfterSend
        /// The connection broke after the request may have been written (closed early, reset, cut-short body).
        case connectionLost
        /// The answer was larger than the client accepts (the request was sent and may have run).
        case answerTooLarge
        /// The caller's task was cancelled; `sent` when the request may already have been written.
        case cancelled(sent: Bool)
        /// Anything else the HTTP stack reported; treated as possibly sent.
        case other
    }

    public var kind: Kind
    /// "host:port" that was being reached (never a path: paths carry webhook codes).
    public var target: String
    /// Short technical detail: sipline's words for what the HTTP stack reported, or the system's own text
    /// (e.g. "Connection refused (errno 111)"), redacted; nil when there is none.
    public var detail: TransportDetailPhrase?

    /// `detail` is the system's or the HTTP stack's own text (empty: none).
    public init(kind: Kind, target: String, detail: String = "") {
        self.init(kind: kind, target: target, reason: detail.isEmpty ? nil : .system(detail))
    }

    /// `reason` in sipline's words.
    public init(kind: Kind, target: String, reason: TransportDetailPhrase?) {
        self.kind = kind
        self.target = target
        self.detail = reason
    }

    /// Whether the request may have reached the portal and run there. Conservative: only failures that certainly
    /// happened before the request was written say `false`.
    public var mayHaveExecuted: Bool {
        switch kind {
        case .refused, .dns, .tls, .connectTimeout, .proxy: return false
        case .cancelled(let sent): return sent
        case .timeoutAfterSend, .connectionLost, .answerTooLarge, .other: return true
        }
    }
}
