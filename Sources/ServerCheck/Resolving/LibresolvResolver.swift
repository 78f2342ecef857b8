import CResolv
import Platform
import NIOPosix
import SIPLineService

/// The system resolver through libresolv (`res_nquery` and its answer parser): /etc/resolv.conf's nameservers, or
/// one given nameserver (`ipv4:port`, for a DNS server of one's own, as the tests' dnsmasq). Each question uses a
/// resolver state of its own, on NIO's blocking-I/O thread pool, so a slow DNS server never holds a Swift
/// concurrency thread and one check's nameserver never leaks into another.
public struct LibresolvResolver: DNSResolver {
    public struct Nameserver: Sendable, Hashable {
        public var ipv4: String
        public var port: Int

        public init(ipv4: String, port: Int = 53) {
            self.ipv4 = ipv4
            self.port = port
        }
    }

    /// nil: the system's nameservers.
    public var nameserver: Nameserver?
    /// Seconds each try waits, and tries per nameserver: a name that times out costs at most their product.
    public var timeoutSeconds: Int32 = 2
    public var attempts: Int32 = 2

    public init(nameserver: Nameserver? = nil) {
        self.nameserver = nameserver
    }

    public func naptr(_ name: String) async -> DNSAnswer<NAPTRRecord> {
        await query(name, type: cr_type_naptr(), read: DNSMessageReader.naptr)
    }

    public func srv(_ name: String) async -> DNSAnswer<SRVRecord> {
        await query(name, type: cr_type_srv(), read: DNSMessageReader.srv)
    }

    public func a(_ name: String) async -> DNSAnswer<String> {
        await query(name, type: cr_type_a(), read: DNSMessageReader.address)
    }

    public func aaaa(_ name: String) async -> DNSAnswer<String> {
        await query(name, type: cr_type_aaaa(), read: DNSMessageReader.address)
    }

    private func query<Record: Sendable>(
        _ name: String, type: Int32, read: @escaping @Sendable (DNSMessageReader) -> [Record]
    ) async -> DNSAnswer<Record> {
        if Task.isCancelled { return .failed(.cancelled) }
        let settings = self
        do {
            return try await NIOThreadPool.singleton.runIfActive {
                settings.blockingQuery(name, type: type, read: read)
            }
        } catch {
            return .failed(.noResolver)
        }
    }

    private func blockingQuery<Record>(
        _ name: String, type: Int32, read: (DNSMessageReader) -> [Record]
    ) -> DNSAnswer<Record> {
        guard let state = cr_open(timeoutSeconds, attempts) else {
            return .failed(.noResolver)
        }
        defer { cr_close(state) }
        if let nameserver {
            guard cr_use_nameserver(state, nameserver.ipv4, UInt16(clamping: nameserver.port)) == 0 else {
                return .failed(.noResolver)
            }
        }
        var buffer = [UInt8](repeating: 0, count: 65_535)
        let length = buffer.withUnsafeMutableBufferPointer { bytes in
            cr_query(state, name, type, bytes.baseAddress, Int32(bytes.count))
        }
        guard length >= 0 else {
            // res_send leaves ETIMEDOUT in errno when no nameserver answered at all; TRY_AGAIN alone also
            // covers a SERVFAIL answer.
            let timedOut = errno == ETIMEDOUT
            switch cr_h_errno(state) {
            case cr_host_not_found(): return .noSuchName
            case cr_no_data(): return .noRecords
            case cr_try_again() where timedOut: return .failed(.timedOut)
            default: return .failed(.serverFailure)
            }
        }
        guard let reader = DNSMessageReader(Array(buffer.prefix(Int(length)))) else {
            return .failed(.unreadable)
        }
        let records = read(reader)
        return records.isEmpty ? .noRecords : .records(records)
    }
}
