/// A server field split the way RFC 3263 §4 needs it: the host, whether it is a numeric address, and the port when
/// one was written. Parses a value that passed the draft's server rules (normalized: no scheme, no user part).
public struct ServerAddress: Sendable, Hashable {
    public enum Host: Sendable, Hashable {
        case name(String)
        case ipv4(String)
        /// Without the brackets.
        case ipv6(String)
    }

    public var host: Host
    public var port: Int?

    /// nil when the value has no host (the validator says why in words).
    public init?(normalized server: String) {
        var rest = Substring(server)
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]") else { return nil }
            let inner = rest[rest.index(after: rest.startIndex)..<close]
            guard IPAddressSyntax.parseIPv6(inner) != nil else { return nil }
            host = .ipv6(String(inner))
            rest = rest[rest.index(after: close)...]
            port = rest.hasPrefix(":") ? Int(rest.dropFirst()) : nil
            return
        }
        let parts = rest.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = parts.first, !first.isEmpty else { return nil }
        port = parts.count == 2 ? Int(parts[1]) : nil
        if case .valid = IPAddressSyntax.parseIPv4(first) {
            host = .ipv4(String(first))
        } else {
            var name = first.lowercased()
            while name.hasSuffix(".") { name.removeLast() }
            host = .name(name)
        }
    }

    public var isNumeric: Bool {
        if case .name = host { return false }
        return true
    }

    /// The host as text (IPv6 without brackets).
    public var hostText: String {
        switch host {
        case .name(let text), .ipv4(let text), .ipv6(let text): text
        }
    }
}
