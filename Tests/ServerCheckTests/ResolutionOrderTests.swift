import SIPLineService
import ServerCheck
import Testing

/// RFC 3263 §4's order over a table resolver: which questions are asked, in which order, and the targets that come
/// out, for an explicit port, a numeric address, NAPTR present, SRV only, A/AAAA only and nothing at all.
@Suite struct ResolutionOrderTests {
    /// A zone with every kind of record, under several names.
    static let zone = StaticResolver(
        naptr: [
            "naptr.example": [
                // Out of order on purpose, with a service this check does not know and a non-terminal flag.
                NAPTRRecord(order: 20, preference: 10, flags: "s", service: "SIP+D2U", replacement: "_sip._udp.naptr.example."),
                NAPTRRecord(order: 10, preference: 20, flags: "S", service: "SIPS+D2T", replacement: "_sips._tcp.naptr.example."),
                NAPTRRecord(order: 10, preference: 10, flags: "s", service: "SIP+D2T", replacement: "_sip._tcp.naptr.example."),
                NAPTRRecord(order: 5, preference: 10, flags: "s", service: "SIP+D2S", replacement: "_sip._sctp.naptr.example."),
                NAPTRRecord(order: 5, preference: 5, flags: "a", service: "SIP+D2U", replacement: "other.naptr.example."),
            ],
        ],
        srv: [
            "_sip._udp.naptr.example": [SRVRecord(priority: 10, weight: 0, port: 5070, target: "udp.naptr.example.")],
            "_sip._tcp.naptr.example": [SRVRecord(priority: 10, weight: 0, port: 5080, target: "tcp.naptr.example.")],
            "_sips._tcp.naptr.example": [SRVRecord(priority: 10, weight: 0, port: 5061, target: "tls.naptr.example.")],
            "_sip._udp.srv.example": [
                SRVRecord(priority: 20, weight: 100, port: 5062, target: "backup.srv.example."),
                SRVRecord(priority: 10, weight: 10, port: 5060, target: "light.srv.example."),
                SRVRecord(priority: 10, weight: 90, port: 5060, target: "heavy.srv.example."),
            ],
            "_sip._tcp.srv.example": [SRVRecord(priority: 10, weight: 0, port: 5060, target: "tcp.srv.example.")],
            "_sip._udp.gone.example": [SRVRecord(priority: 10, weight: 0, port: 5060, target: ".")],
        ],
        a: [
            "udp.naptr.example": ["192.0.2.1"], "tcp.naptr.example": ["192.0.2.2"], "tls.naptr.example": ["192.0.2.3"],
            "heavy.srv.example": ["192.0.2.10"], "light.srv.example": ["192.0.2.11"], "backup.srv.example": ["192.0.2.12"],
            "tcp.srv.example": ["192.0.2.13"], "plain.example": ["192.0.2.20"], "naptr.example": ["192.0.2.99"],
            "srv.example": ["192.0.2.98"], "gone.example": ["192.0.2.97"],
        ],
        aaaa: ["plain.example": ["2001:db8::20"]])

    struct Case: CustomTestStringConvertible, Sendable {
        var server: String
        var transport: SIPTransport?
        /// `address:port/transport/source` of each target, in order.
        var targets: [String]
        /// `TYPE name` of each question, in order.
        var lookups: [String]
        var testDescription: String { "\(server) \(transport?.rawValue ?? "-")" }
    }

    static let cases: [Case] = [
        Case(server: "plain.example:5099", transport: nil,
             targets: ["192.0.2.20:5099/udp/address", "2001:db8::20:5099/udp/address"],
             lookups: ["A plain.example", "AAAA plain.example"]),
        Case(server: "naptr.example:5060", transport: .tcp,
             targets: ["192.0.2.99:5060/tcp/address"], lookups: ["A naptr.example", "AAAA naptr.example"]),
        Case(server: "203.0.113.5", transport: nil, targets: ["203.0.113.5:5060/udp/numeric"], lookups: []),
        Case(server: "203.0.113.5:5070", transport: .tcp, targets: ["203.0.113.5:5070/tcp/numeric"], lookups: []),
        Case(server: "[2001:db8::1]:5080", transport: nil, targets: ["2001:db8::1:5080/udp/numeric"], lookups: []),
        Case(server: "naptr.example", transport: nil,
             targets: ["192.0.2.2:5080/tcp/naptr", "192.0.2.3:5061/tls/naptr", "192.0.2.1:5070/udp/naptr"],
             lookups: ["NAPTR naptr.example", "SRV _sip._tcp.naptr.example", "A tcp.naptr.example",
                       "AAAA tcp.naptr.example", "SRV _sips._tcp.naptr.example", "A tls.naptr.example",
                       "AAAA tls.naptr.example", "SRV _sip._udp.naptr.example", "A udp.naptr.example",
                       "AAAA udp.naptr.example"]),
        Case(server: "srv.example", transport: nil,
             targets: ["192.0.2.10:5060/udp/srv", "192.0.2.11:5060/udp/srv", "192.0.2.12:5062/udp/srv",
                       "192.0.2.13:5060/tcp/srv"],
             lookups: ["NAPTR srv.example", "SRV _sip._udp.srv.example", "A heavy.srv.example", "AAAA heavy.srv.example",
                       "A light.srv.example", "AAAA light.srv.example", "A backup.srv.example",
                       "AAAA backup.srv.example", "SRV _sip._tcp.srv.example", "A tcp.srv.example",
                       "AAAA tcp.srv.example", "SRV _sips._tcp.srv.example"]),
        Case(server: "srv.example", transport: .tcp, targets: ["192.0.2.13:5060/tcp/srv"],
             lookups: ["SRV _sip._tcp.srv.example", "A tcp.srv.example", "AAAA tcp.srv.example"]),
        Case(server: "plain.example", transport: nil,
             targets: ["192.0.2.20:5060/udp/address", "2001:db8::20:5060/udp/address"],
             lookups: ["NAPTR plain.example", "SRV _sip._udp.plain.example", "SRV _sip._tcp.plain.example",
                       "SRV _sips._tcp.plain.example", "A plain.example", "AAAA plain.example"]),
        // SRV "." means "not offered here": no target from it, so the name's own address is used.
        Case(server: "gone.example", transport: nil, targets: ["192.0.2.97:5060/udp/address"],
             lookups: ["NAPTR gone.example", "SRV _sip._udp.gone.example", "SRV _sip._tcp.gone.example",
                       "SRV _sips._tcp.gone.example", "A gone.example", "AAAA gone.example"]),
        Case(server: "nowhere.example", transport: nil, targets: [],
             lookups: ["NAPTR nowhere.example", "SRV _sip._udp.nowhere.example", "SRV _sip._tcp.nowhere.example",
                       "SRV _sips._tcp.nowhere.example", "A nowhere.example"]),
    ]

    @Test(arguments: cases)
    func order(_ expected: Case) async throws {
        let address = try #require(ServerAddress(normalized: expected.server))
        let outcome = await RFC3263Resolution(resolver: Self.zone).resolve(address, transport: expected.transport)
        #expect(outcome.targets.map { "\($0.address):\($0.port)/\($0.transport.rawValue)/\($0.source.rawValue)" }
                == expected.targets)
        #expect(outcome.lookups.map { "\($0.type.rawValue) \($0.name)" } == expected.lookups)
    }

    @Test func aNameThatDoesNotResolveIsTheVerdictWithoutAnyProbe() async {
        let report = await ServerChecker(resolver: Self.zone).check(server: "nowhere.example")
        #expect(report.verdict == .doesNotResolve)
        #expect(report.probed == nil)
        #expect(report.lookups.last?.outcome == .noSuchName)
    }

    @Test func lookupOutcomesAreKeptApart() async throws {
        let address = try #require(ServerAddress(normalized: "naptr.example"))
        let outcome = await RFC3263Resolution(resolver: Self.zone).resolve(address, transport: nil)
        // 3 usable NAPTR records of 5: SIP+D2S is not a service this check speaks, flag "a" is not terminal.
        #expect(outcome.lookups.first?.outcome == .found(3))
        // AAAA for a name with only A: the name exists, without records of that type.
        #expect(outcome.lookups.contains { $0.type == .aaaa && $0.outcome == .noRecords })
    }
}
