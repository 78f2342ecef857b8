import SIPLineService
import ServerCheck
import TestSupport
import Testing

/// The libresolv resolver against a real DNS server: Debian's dnsmasq, started on a loopback port and serving
/// NAPTR, SRV, A and AAAA records for a provider-like zone.
@Suite(.serialized) struct DnsmasqResolutionTests {
    static func zone() async throws -> Dnsmasq {
        try await Dnsmasq.start(domain: "example.com", records: [
            "--naptr-record=voip.example.com,20,10,S,SIP+D2U,,_sip._udp.voip.example.com",
            "--naptr-record=voip.example.com,10,10,S,SIP+D2T,,_sip._tcp.voip.example.com",
            "--srv-host=_sip._tcp.voip.example.com,edge1.voip.example.com,5080,10,50",
            "--srv-host=_sip._udp.voip.example.com,edge2.voip.example.com,5070,20,10",
            "--srv-host=_sip._udp.voip.example.com,edge1.voip.example.com,5070,10,10",
            "--host-record=edge1.voip.example.com,127.0.0.1",
            "--host-record=edge2.voip.example.com,127.0.0.2,::1",
            "--srv-host=_sip._udp.srvonly.example.com,edge2.voip.example.com,5090,10,10",
            "--host-record=plain.example.com,127.0.0.3",
        ])
    }

    @Test func naptrThenSRVThenAddressesFromARealServer() async throws {
        let dns = try await Self.zone()
        defer { dns.stop() }
        let resolver = LibresolvResolver(nameserver: .init(ipv4: "127.0.0.1", port: dns.port))
        let resolution = RFC3263Resolution(resolver: resolver)

        let naptr = await resolution.resolve(try #require(ServerAddress(normalized: "voip.example.com")), transport: nil)
        #expect(naptr.targets.map(\.endpoint) == ["127.0.0.1:5080", "127.0.0.1:5070", "127.0.0.2:5070", "[::1]:5070"])
        #expect(naptr.targets.map(\.transport) == [.tcp, .udp, .udp, .udp])
        #expect(naptr.targets.allSatisfy { $0.source == .naptr })
        #expect(naptr.lookups.first == DNSLookup(type: .naptr, name: "voip.example.com", outcome: .found(2)))

        let srvOnly = await resolution.resolve(try #require(ServerAddress(normalized: "srvonly.example.com")), transport: nil)
        #expect(srvOnly.targets.map(\.endpoint) == ["127.0.0.2:5090", "[::1]:5090"])
        #expect(srvOnly.targets.allSatisfy { $0.source == .srv && $0.host == "edge2.voip.example.com" })

        let plain = await resolution.resolve(try #require(ServerAddress(normalized: "plain.example.com")), transport: nil)
        #expect(plain.targets.map(\.endpoint) == ["127.0.0.3:5060"])
        // The name exists (NAPTR: no records); the SRV names under it do not (NXDOMAIN).
        #expect(plain.lookups.map(\.outcome).prefix(4) == [.noRecords, .noSuchName, .noSuchName, .noSuchName])

        let missing = await resolution.resolve(try #require(ServerAddress(normalized: "missing.example.com")), transport: nil)
        #expect(missing.targets.isEmpty)
        #expect(missing.lookups.allSatisfy { $0.outcome == .noSuchName })
    }

    @Test func aSilentNameserverTimesOutAndEndsTheResolutionAtTheFirstQuestion() async throws {
        let silent = SilentUDPPort()
        var resolver = LibresolvResolver(nameserver: .init(ipv4: "127.0.0.1", port: silent.port))
        resolver.timeoutSeconds = 1
        resolver.attempts = 1
        #expect(await resolver.a("voip.example.com") == .failed(.timedOut))
        #expect(!silent.received().isEmpty, "the query went to the given nameserver")

        let report = await ServerChecker(resolver: resolver).check(server: "voip.example.com")
        #expect(report.verdict == .doesNotResolve)
        #expect(report.lookups == [DNSLookup(type: .naptr, name: "voip.example.com", outcome: .failed(.timedOut))])
        #expect(report.verdictLines(in: .english).first?.contains("no nameserver answered from this machine") == true)
    }
}
