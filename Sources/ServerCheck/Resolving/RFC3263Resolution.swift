import SIPLineService

/// RFC 3263 §4: from a SIP server to the ordered targets to try, asking a `DNSResolver`. A question that no
/// nameserver answers ends the resolution (the rest would wait as long).
/// - a numeric address: itself (port as written, else 5060), no DNS;
/// - an explicit port: A/AAAA of the host on that port;
/// - an explicit transport (`--transport`): SRV for that transport, else A/AAAA on the default port;
/// - otherwise NAPTR (`SIP+D2U`, `SIP+D2T`, `SIPS+D2T`, by order then preference) → their SRV names; without a
///   usable NAPTR, SRV of `_sip._udp`, `_sip._tcp`, `_sips._tcp`; without any, A/AAAA on 5060 over UDP.
/// SRV records go by priority, then the heavier weight first (a deterministic stand-in for RFC 2782's weighted
/// draw: the same name gives the same order on every run).
public struct RFC3263Resolution: Sendable {
    public var resolver: any DNSResolver
    /// Guards against a zone that lists very many targets: each costs two lookups.
    public var maximumSRVTargets = 8

    public init(resolver: any DNSResolver) {
        self.resolver = resolver
    }

    public struct Outcome: Sendable, Hashable {
        public var lookups: [DNSLookup] = []
        public var targets: [SIPTarget] = []
    }

    static let naptrServices: [String: SIPTransport] = ["SIP+D2U": .udp, "SIP+D2T": .tcp, "SIPS+D2T": .tls]
    static let srvPrefixes: [(SIPTransport, String)] = [(.udp, "_sip._udp."), (.tcp, "_sip._tcp."), (.tls, "_sips._tcp.")]

    public func resolve(_ server: ServerAddress, transport: SIPTransport?) async -> Outcome {
        var outcome = Outcome()
        switch server.host {
        case .ipv4(let address), .ipv6(let address):
            outcome.targets = [SIPTarget(host: address, address: address, port: server.port ?? Self.defaultPort(transport),
                                         transport: transport ?? .udp, source: .numeric)]
            return outcome
        case .name(let name):
            if let port = server.port {
                outcome.targets = await addresses(of: name, port: port, transport: transport ?? .udp, source: .address,
                                                  into: &outcome.lookups)
                return outcome
            }
            if let transport {
                outcome.targets = await srvTargets(of: [(transport, Self.srvName(transport, name))], into: &outcome.lookups)
            } else {
                outcome.targets = await naptrTargets(of: name, into: &outcome.lookups)
                if outcome.targets.isEmpty, !Self.stops(outcome.lookups) {
                    outcome.targets = await srvTargets(of: Self.srvPrefixes.map { ($0.0, $0.1 + name) },
                                                       into: &outcome.lookups)
                }
            }
            if outcome.targets.isEmpty, !Self.stops(outcome.lookups) {
                outcome.targets = await addresses(of: name, port: Self.defaultPort(transport), transport: transport ?? .udp,
                                                  source: .address, into: &outcome.lookups)
            }
            return outcome
        }
    }

    /// Cancelled, or the last question showed that DNS cannot be asked from here (no nameserver answered, no
    /// resolver): every further question would wait as long for nothing.
    static func stops(_ lookups: [DNSLookup]) -> Bool {
        if Task.isCancelled { return true }
        guard case .failed(let failure)? = lookups.last?.outcome else { return false }
        return failure.endsResolution
    }

    static func defaultPort(_ transport: SIPTransport?) -> Int { transport == .tls ? 5061 : 5060 }

    static func srvName(_ transport: SIPTransport, _ name: String) -> String {
        (srvPrefixes.first { $0.0 == transport }?.1 ?? "_sip._udp.") + name
    }

    /// NAPTR → the SRV names of the services this check knows, in order; their SRV targets.
    private func naptrTargets(of name: String, into lookups: inout [DNSLookup]) async -> [SIPTarget] {
        let answer = await resolver.naptr(name)
        let usable = answer.records
            .filter { Self.naptrServices[$0.service.uppercased()] != nil && $0.flags.lowercased() == "s" }
            .sorted { ($0.order, $0.preference) < ($1.order, $1.preference) }
        lookups.append(DNSLookup(type: .naptr, name: name, outcome: Self.outcome(answer, usable: usable.count)))
        guard !usable.isEmpty else { return [] }
        let names = usable.map { (Self.naptrServices[$0.service.uppercased()]!, Self.trimmed($0.replacement)) }
        var targets = await srvTargets(of: names, into: &lookups)
        targets = targets.map { var target = $0; target.source = .naptr; return target }
        return targets
    }

    /// SRV of each name in turn; each record's target resolved to addresses.
    private func srvTargets(of names: [(SIPTransport, String)], into lookups: inout [DNSLookup]) async -> [SIPTarget] {
        var targets: [SIPTarget] = []
        var followed = 0
        for (transport, name) in names {
            if Self.stops(lookups) { break }
            let answer = await resolver.srv(name)
            // "." as the target: the service is decidedly not available at this name (RFC 2782).
            let records = answer.records.filter { !Self.trimmed($0.target).isEmpty }
                .sorted { ($0.priority, -$0.weight) < ($1.priority, -$1.weight) }
            lookups.append(DNSLookup(type: .srv, name: name, outcome: Self.outcome(answer, usable: records.count)))
            for record in records where followed < maximumSRVTargets {
                if Self.stops(lookups) { break }
                followed += 1
                targets += await addresses(of: Self.trimmed(record.target), port: record.port, transport: transport,
                                           source: .srv, into: &lookups)
            }
        }
        return targets
    }

    /// A then AAAA of `name`, one target per address.
    private func addresses(
        of name: String, port: Int, transport: SIPTransport, source: SIPTarget.Source, into lookups: inout [DNSLookup]
    ) async -> [SIPTarget] {
        let v4 = await resolver.a(name)
        lookups.append(DNSLookup(type: .a, name: name, outcome: Self.outcome(v4, usable: v4.records.count)))
        var found = v4.records
        // NXDOMAIN for A means AAAA has nothing either; skip the second question.
        if v4 != .noSuchName, !Self.stops(lookups) {
            let v6 = await resolver.aaaa(name)
            lookups.append(DNSLookup(type: .aaaa, name: name, outcome: Self.outcome(v6, usable: v6.records.count)))
            found += v6.records
        }
        return found.map { SIPTarget(host: name, address: $0, port: port, transport: transport, source: source) }
    }

    private static func outcome<Record>(_ answer: DNSAnswer<Record>, usable: Int) -> DNSLookup.Outcome {
        switch answer {
        case .records: usable > 0 ? .found(usable) : .noRecords
        case .noSuchName: .noSuchName
        case .noRecords: .noRecords
        case .failed(let reason): .failed(reason)
        }
    }

    /// Names as DNS writes them may end with the root's dot.
    static func trimmed(_ name: String) -> String {
        var text = name.lowercased()
        while text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
