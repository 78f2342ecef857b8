extension CheckPhrase {
    public var legacyEnglish: String {
        switch self {
        case .fromThisMachine:
            "This check runs from this machine, not from Bitrix24's servers: the portal may see the server differently."
        case .answered(let server, let target, let statusLine):
            "\(server) resolves and a SIP server answers at \(target): \(statusLine)."
        case .answeredAtAddress(let target, let statusLine):
            "A SIP server answers at \(target): \(statusLine)."
        case .software(let name):
            "Its software: \(name)."
        case .noAnswer(let server, let target, let seconds):
            "\(server) resolves, but no SIP answer came from \(target) within \(seconds) s. A firewall may drop "
                + "OPTIONS from this network; the portal may still reach the server."
        case .noAnswerAtAddress(let target, let seconds):
            "No SIP answer came from \(target) within \(seconds) s. A firewall may drop OPTIONS from this network; "
                + "the portal may still reach the server."
        case .refused(let server, let target):
            "\(server) resolves, but \(target) refused the request: nothing listens for SIP there, or a firewall "
                + "rejects it. The portal may still reach the server from elsewhere."
        case .refusedAtAddress(let target):
            "\(target) refused the request: nothing listens for SIP there, or a firewall rejects it. The portal may "
                + "still reach the server from elsewhere."
        case .onlyTLSTargets(let server):
            "\(server) resolves only to SIP over TLS, which this check does not speak; nothing was sent."
        case .doesNotResolve(let server):
            "\(server) does not resolve from here: no NAPTR, SRV, A or AAAA record. Check it for typing errors; "
                + "if the portal cannot resolve it either, the registration fails with 502."
        case .dnsUnavailable(let server):
            "\(server) could not be looked up: no nameserver answered from this machine. Check its DNS settings "
                + "(/etc/resolv.conf); the portal looks names up on its own."
        case .summaryAnswered(let statusLine):
            "A SIP server answers (\(statusLine)), checked from this machine."
        case .summaryNoAnswer:
            "Resolves, but no SIP answer from this machine (a firewall may drop it; the portal may still reach it)."
        case .summaryDoesNotResolve:
            "Does not resolve from this machine."
        case .lookupsHeading:
            "DNS lookups:"
        case .targetsHeading:
            "Targets, in RFC 3263 order:"
        case .lookupFound(let type, let name, let count):
            "\(type) \(name): \(count) \(Plural.english(count, one: "record", other: "records"))"
        case .lookupNoSuchName(let type, let name):
            "\(type) \(name): no such name"
        case .lookupNoRecords(let type, let name):
            "\(type) \(name): no records"
        case .lookupTimedOut(let type, let name):
            "\(type) \(name): no answer from the nameserver"
        case .lookupServerFailure(let type, let name):
            "\(type) \(name): the nameserver failed or refused"
        case .lookupNoResolver(let type, let name):
            "\(type) \(name): no resolver could be set up (/etc/resolv.conf)"
        case .lookupUnreadable(let type, let name):
            "\(type) \(name): the answer could not be read"
        case .lookupCancelled(let type, let name):
            "\(type) \(name): cancelled"
        case .target(let endpoint, let transport, let host, let source):
            "\(endpoint) \(transport) (\(host), from \(source))"
        case .unknownTransport(let value):
            "--transport must be udp or tcp, not \"\(value)\"."
        case .invalidNameserver(let value):
            "--nameserver must be an IPv4 address with an optional :port, not \"\(value)\"."
        }
    }
}
