/// The server check's verdicts and report (`sipline check`, the warning under the wizard's server field).
public enum CheckPhrase: Phrase {
    /// Said with every verdict.
    case fromThisMachine
    /// A SIP server answered the OPTIONS (a name; an address as written).
    case answered(server: String, target: String, statusLine: String)
    case answeredAtAddress(target: String, statusLine: String)
    /// The answer's `Server`/`User-Agent`.
    case software(String)
    /// Resolved, but no SIP answer in time (a name; an address as written).
    case noAnswer(server: String, target: String, seconds: Int)
    case noAnswerAtAddress(target: String, seconds: Int)
    /// The target refused at once (ICMP port unreachable, TCP reset): nothing listens there.
    case refused(server: String, target: String)
    case refusedAtAddress(target: String)
    /// Resolved only to TLS targets, which the check does not speak.
    case onlyTLSTargets(server: String)
    /// No NAPTR, SRV or A/AAAA record.
    case doesNotResolve(server: String)
    /// No nameserver answered (or none could be asked): nothing is known about the name.
    case dnsUnavailable(server: String)
    /// One-line forms for the wizard's warning under the server field and its review line.
    case summaryAnswered(statusLine: String)
    case summaryNoAnswer, summaryDoesNotResolve
    /// Report headings.
    case lookupsHeading, targetsHeading
    /// One lookup and its outcome.
    case lookupFound(type: String, name: String, count: Int)
    case lookupNoSuchName(type: String, name: String)
    case lookupNoRecords(type: String, name: String)
    case lookupTimedOut(type: String, name: String)
    case lookupServerFailure(type: String, name: String)
    case lookupNoResolver(type: String, name: String)
    case lookupUnreadable(type: String, name: String)
    case lookupCancelled(type: String, name: String)
    /// One target: address, transport, host and how it was found.
    case target(endpoint: String, transport: String, host: String, source: String)
    /// `--transport` that is not udp or tcp.
    case unknownTransport(String)
    /// `--nameserver` or SIPLINE_NAMESERVER (`source`, the one it came from) that is not IPv4[:port].
    case invalidNameserver(String, source: String)
}
