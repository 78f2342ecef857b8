/// What a server check found, as values the wizard's pure core can hold and the commands can print: where the
/// name led (RFC 3263 §4), which target was asked with a SIP `OPTIONS`, and what answered. The check itself (DNS
/// and sockets) lives in the `ServerCheck` module; it runs from this machine, not from Bitrix24's servers.
public struct ServerCheckReport: Sendable, Hashable {
    public enum Verdict: String, Sendable, Hashable, Codable {
        /// The name resolved and a SIP server answered the OPTIONS (any status: 401, 403, 404, 405 prove it too).
        case answered
        /// The name resolved but nothing answered in time: a firewall may drop OPTIONS from this network while the
        /// portal can still reach the server.
        case noAnswer = "no_answer"
        /// Neither NAPTR, SRV nor A/AAAA gave an address.
        case doesNotResolve = "does_not_resolve"
    }

    /// The server as checked (normalized: no scheme, no user part).
    public var server: String
    /// The transport asked for (`--transport`), nil when the DNS records chose it.
    public var requestedTransport: SIPTransport?
    public var verdict: Verdict
    /// Each DNS question asked, in order, with what it gave.
    public var lookups: [DNSLookup]
    /// Every target the resolution produced, in RFC 3263 order.
    public var targets: [SIPTarget]
    /// The target the OPTIONS went to: the first one this check speaks to (UDP or TCP); nil when there was none.
    public var probed: SIPTarget?
    /// The SIP answer, when one came.
    public var answer: SIPAnswer?
    /// No answer because the target refused at once (ICMP port unreachable, TCP reset), rather than staying silent.
    public var refused: Bool

    public init(
        server: String, requestedTransport: SIPTransport?, verdict: Verdict, lookups: [DNSLookup], targets: [SIPTarget],
        probed: SIPTarget?, answer: SIPAnswer?, refused: Bool = false
    ) {
        (self.server, self.requestedTransport, self.verdict, self.lookups, self.targets, self.probed, self.answer, self.refused)
            = (server, requestedTransport, verdict, lookups, targets, probed, answer, refused)
    }
}

public enum SIPTransport: String, Sendable, Hashable, Codable, CaseIterable {
    case udp, tcp
    /// SIP over TLS (`SIPS+D2T`, `_sips._tcp`): listed when found, not probed (the portal's lines use UDP or TCP).
    case tls
}

/// One address to send SIP to, and how it was found.
public struct SIPTarget: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable, Codable {
        /// The server was a numeric address.
        case numeric
        /// A/AAAA of the host, on the given port or 5060.
        case address
        /// SRV (directly, or after NAPTR).
        case srv
        case naptr
    }

    /// The host name the address belongs to (the SRV target, or the server's own host).
    public var host: String
    /// IPv4 dotted quad or IPv6 text, without brackets.
    public var address: String
    public var port: Int
    public var transport: SIPTransport
    public var source: Source

    public init(host: String, address: String, port: Int, transport: SIPTransport, source: Source) {
        (self.host, self.address, self.port, self.transport, self.source) = (host, address, port, transport, source)
    }

    /// `address:port` with IPv6 in brackets.
    public var endpoint: String {
        address.contains(":") ? "[\(address)]:\(port)" : "\(address):\(port)"
    }
}

/// One DNS question of the resolution and its outcome, for the report.
public struct DNSLookup: Sendable, Hashable {
    public enum RecordType: String, Sendable, Hashable, Codable { case naptr = "NAPTR", srv = "SRV", a = "A", aaaa = "AAAA" }

    public enum Outcome: Sendable, Hashable {
        /// Records found (count of usable ones).
        case found(Int)
        /// NXDOMAIN: the name does not exist.
        case noSuchName
        /// The name exists, without records of this type.
        case noRecords
        /// No answer could be had, and why.
        case failed(DNSFailure)
    }

    public var type: RecordType
    public var name: String
    public var outcome: Outcome

    public init(type: RecordType, name: String, outcome: Outcome) {
        (self.type, self.name, self.outcome) = (type, name, outcome)
    }
}

/// Why a DNS question got no answer.
public enum DNSFailure: String, Sendable, Hashable, Codable {
    /// No nameserver answered in time: this machine's DNS is unreachable (the resolution stops here).
    case timedOut = "timed_out"
    /// The nameserver answered with a failure (SERVFAIL, REFUSED).
    case serverFailure = "server_failure"
    /// No resolver could be set up here (no usable /etc/resolv.conf; the resolution stops here).
    case noResolver = "no_resolver"
    /// An answer came that could not be read.
    case unreadable
    /// The check was cancelled.
    case cancelled

    /// After this failure, further questions would fail the same way.
    public var endsResolution: Bool { self == .timedOut || self == .noResolver || self == .cancelled }
}

/// The first line and the software of a SIP answer.
public struct SIPAnswer: Sendable, Hashable {
    public var statusCode: Int
    /// The status line as sent, e.g. `SIP/2.0 200 OK` (provider text: a front end shows it through VisibleText).
    public var statusLine: String
    /// The `Server` header, else `User-Agent`, when either came.
    public var software: String?
    /// Where the answer came from.
    public var from: SIPTarget

    public init(statusCode: Int, statusLine: String, software: String?, from: SIPTarget) {
        (self.statusCode, self.statusLine, self.software, self.from) = (statusCode, statusLine, software, from)
    }
}
