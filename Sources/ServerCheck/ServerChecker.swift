import SIPLineService

/// The server check: RFC 3263 resolution of a SIP server, then one SIP OPTIONS to the first target it can speak
/// to. Runs from this machine. The entry point never throws: every failure is a verdict of the report; a cancelled
/// task returns at once with what was found so far (its report is not meant to be shown).
public struct ServerChecker: Sendable {
    public var resolver: any DNSResolver
    /// How long each OPTIONS transmission waits (RFC 3261's timers are far longer; a person waits here).
    public var probeTimeout: Duration = .seconds(2)

    public init(resolver: any DNSResolver = LibresolvResolver()) {
        self.resolver = resolver
    }

    /// Checks `server` (as a SERVER field holds it, normalized by the draft's rules) over `transport` (nil: as
    /// the DNS records say, UDP when they say nothing).
    public func check(server: String, transport: SIPTransport? = nil) async -> ServerCheckReport {
        var report = ServerCheckReport(
            server: server, requestedTransport: transport, verdict: .doesNotResolve, lookups: [], targets: [],
            probed: nil, answer: nil)
        guard let address = ServerAddress(normalized: server) else { return report }
        let resolved = await RFC3263Resolution(resolver: resolver).resolve(address, transport: transport)
        report.lookups = resolved.lookups
        report.targets = resolved.targets
        guard !resolved.targets.isEmpty else { return report }
        report.verdict = .noAnswer
        guard !Task.isCancelled, let first = resolved.targets.first(where: { $0.transport != .tls }) else { return report }
        report.probed = first
        switch await SIPProbe(timeout: probeTimeout).probe(first, requestHost: address.hostText, requestPort: address.port) {
        case .answered(let answer):
            report.answer = answer
            report.verdict = .answered
        case .refused:
            report.refused = true
        case .silent:
            break
        }
        return report
    }
}
