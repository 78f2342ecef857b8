import SIPLineService

/// The DNS questions RFC 3263 asks, as a protocol: the libresolv resolver answers them from the network, a
/// `StaticResolver` from a table (for tests, and for a core that must not touch the network).
public protocol DNSResolver: Sendable {
    func naptr(_ name: String) async -> DNSAnswer<NAPTRRecord>
    func srv(_ name: String) async -> DNSAnswer<SRVRecord>
    /// IPv4 addresses as dotted quads.
    func a(_ name: String) async -> DNSAnswer<String>
    /// IPv6 addresses as text, without brackets.
    func aaaa(_ name: String) async -> DNSAnswer<String>
}

/// What one DNS question gave.
public enum DNSAnswer<Record: Sendable & Hashable>: Sendable, Hashable {
    case records([Record])
    /// NXDOMAIN.
    case noSuchName
    /// The name exists without records of the type asked.
    case noRecords
    /// No answer could be had, and why.
    case failed(DNSFailure)

    public var records: [Record] {
        if case .records(let records) = self { return records }
        return []
    }
}

/// RFC 3403: a NAPTR record (only the fields RFC 3263 uses).
public struct NAPTRRecord: Sendable, Hashable {
    public var order: Int
    public var preference: Int
    public var flags: String
    /// `SIP+D2U`, `SIP+D2T`, `SIPS+D2T`, …
    public var service: String
    public var replacement: String

    public init(order: Int, preference: Int, flags: String, service: String, replacement: String) {
        (self.order, self.preference, self.flags, self.service, self.replacement)
            = (order, preference, flags, service, replacement)
    }
}

/// RFC 2782: an SRV record.
public struct SRVRecord: Sendable, Hashable {
    public var priority: Int
    public var weight: Int
    public var port: Int
    public var target: String

    public init(priority: Int, weight: Int, port: Int, target: String) {
        (self.priority, self.weight, self.port, self.target) = (priority, weight, port, target)
    }
}

/// A resolver answering from tables: a name missing from every table does not exist (NXDOMAIN); a name present in
/// one table but not the asked one has no records of that type.
public struct StaticResolver: DNSResolver {
    public var naptrRecords: [String: [NAPTRRecord]]
    public var srvRecords: [String: [SRVRecord]]
    public var aRecords: [String: [String]]
    public var aaaaRecords: [String: [String]]

    public init(
        naptr: [String: [NAPTRRecord]] = [:], srv: [String: [SRVRecord]] = [:], a: [String: [String]] = [:],
        aaaa: [String: [String]] = [:]
    ) {
        (naptrRecords, srvRecords, aRecords, aaaaRecords) = (naptr, srv, a, aaaa)
    }

    public func naptr(_ name: String) async -> DNSAnswer<NAPTRRecord> { answer(naptrRecords, name) }
    public func srv(_ name: String) async -> DNSAnswer<SRVRecord> { answer(srvRecords, name) }
    public func a(_ name: String) async -> DNSAnswer<String> { answer(aRecords, name) }
    public func aaaa(_ name: String) async -> DNSAnswer<String> { answer(aaaaRecords, name) }

    private func answer<Record>(_ table: [String: [Record]], _ name: String) -> DNSAnswer<Record> {
        let key = name.lowercased()
        if let records = table[key], !records.isEmpty { return .records(records) }
        let known = naptrRecords[key] != nil || srvRecords[key] != nil || aRecords[key] != nil || aaaaRecords[key] != nil
        return known ? .noRecords : .noSuchName
    }
}
