import Platform

/// Proxies as the usual environment variables describe them (`https_proxy`/`HTTPS_PROXY` for https targets,
/// `http_proxy`/`HTTP_PROXY` for http, `no_proxy`/`NO_PROXY` exceptions). Loopback is never proxied.
public struct ProxySettings: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// A proxy server; `username`/`password` come from `http://user:pass@host:port` and are never printed.
    public struct Server: Sendable, Hashable, CustomStringConvertible {
        public enum Kind: Sendable, Hashable { case http, socks5 }
        public var kind: Kind
        public var host: String
        public var port: Int
        var username: String?
        var password: String?

        public var description: String { "\(kind == .http ? "http" : "socks5")://\(host):\(port)" }

        /// `host:port`, `http://[user:pass@]host[:port][/]`, `socks5://host:port`; nil for anything else.
        public static func parse(_ text: String) -> Server? {
            var rest = Substring(text.trimmedWhitespace)
            var kind = Kind.http
            if let schemeEnd = rest.firstRange(of: "://") {
                switch rest[..<schemeEnd.lowerBound].lowercased() {
                case "http": kind = .http
                case "socks5", "socks5h": kind = .socks5
                default: return nil
                }
                rest = rest[schemeEnd.upperBound...]
            }
            if let slash = rest.firstIndex(of: "/") { rest = rest[..<slash] }
            var username: String?
            var password: String?
            if let at = rest.lastIndex(of: "@") {
                let userInfo = rest[..<at]
                rest = rest[rest.index(after: at)...]
                if let colon = userInfo.firstIndex(of: ":") {
                    username = percentDecoded(userInfo[..<colon])
                    password = percentDecoded(userInfo[userInfo.index(after: colon)...])
                } else {
                    username = percentDecoded(userInfo)
                }
            }
            var host = rest
            var port = kind == .http ? 80 : 1080
            if let colon = rest.lastIndex(of: ":"), !rest.hasSuffix("]") {
                host = rest[..<colon]
                guard let number = Int(rest[rest.index(after: colon)...]), (1...65535).contains(number) else { return nil }
                port = number
            }
            if host.hasPrefix("["), host.hasSuffix("]") { host = host.dropFirst().dropLast() }
            guard !host.isEmpty else { return nil }
            return Server(kind: kind, host: String(host), port: port, username: username, password: password)
        }

        static func percentDecoded(_ text: Substring) -> String {
            var bytes: [UInt8] = []
            var index = text.utf8.startIndex
            let utf8 = text.utf8
            while index < utf8.endIndex {
                let byte = utf8[index]
                if byte == UInt8(ascii: "%"), let end = utf8.index(index, offsetBy: 3, limitedBy: utf8.endIndex),
                   let value = UInt8(String(decoding: utf8[utf8.index(after: index)..<end], as: UTF8.self), radix: 16)
                {
                    bytes.append(value)
                    index = end
                } else {
                    bytes.append(byte)
                    index = utf8.index(after: index)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// What the environment said for https targets; `.some(nil)` when set but unusable.
    public var httpsProxy: String?
    public var httpProxy: String?
    /// Host suffixes (and `*` for everything) that go direct.
    public var noProxy: [String]

    public init(httpsProxy: String? = nil, httpProxy: String? = nil, noProxy: [String] = []) {
        self.httpsProxy = httpsProxy.flatMap { $0.trimmedWhitespace.isEmpty ? nil : $0 }
        self.httpProxy = httpProxy.flatMap { $0.trimmedWhitespace.isEmpty ? nil : $0 }
        self.noProxy = noProxy
    }

    public static let none = ProxySettings()

    /// Proxy addresses without their user name and password.
    public var description: String {
        func show(_ value: String?) -> String {
            guard let value else { return "none" }
            return Server.parse(value)?.description ?? "unusable"
        }
        return "https: \(show(httpsProxy)), http: \(show(httpProxy)), no_proxy: \(noProxy.joined(separator: ","))"
    }

    public var debugDescription: String { "ProxySettings(\(description))" }

    /// Reads the variables (lower-case spelling first, as curl does).
    public static func fromEnvironment(_ lookup: (String) -> String? = ProxySettings.getenvString) -> ProxySettings {
        func first(_ names: String...) -> String? {
            for name in names {
                if let value = lookup(name), !value.trimmedWhitespace.isEmpty { return value }
            }
            return nil
        }
        let noProxy = (first("no_proxy", "NO_PROXY") ?? "")
            .split(separator: ",").map { $0.trimmedWhitespace.lowercased() }.filter { !$0.isEmpty }
        return ProxySettings(
            httpsProxy: first("https_proxy", "HTTPS_PROXY"), httpProxy: first("http_proxy", "HTTP_PROXY"),
            noProxy: noProxy)
    }

    public static func getenvString(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    public enum Decision: Sendable, Hashable {
        case direct
        case proxy(Server)
        /// The variable is set but not a proxy address this client can use.
        case unusable(variable: String)
    }

    /// Which way a request to `host` (without brackets) over `scheme` goes.
    public func decision(scheme: String, host: String, port: Int) -> Decision {
        let host = host.lowercased()
        if PortalAddress.isLoopback(host: host) || bypasses(host: host, port: port) { return .direct }
        let (variable, value) = scheme == "https" ? ("HTTPS_PROXY", httpsProxy) : ("HTTP_PROXY", httpProxy)
        guard let value else { return .direct }
        guard let server = Server.parse(value) else { return .unusable(variable: variable) }
        return .proxy(server)
    }

    /// NO_PROXY entries: `*` matches all; `example.com`, `.example.com` and `*.example.com` match the host and its
    /// subdomains; `host:port` matches only that port; an IP matches exactly.
    func bypasses(host: String, port: Int) -> Bool {
        for rawEntry in noProxy {
            if rawEntry == "*" { return true }
            var entry = Substring(rawEntry)
            if let colon = entry.lastIndex(of: ":"), !entry.hasSuffix("]"), entry.filter({ $0 == ":" }).count == 1 {
                guard Int(entry[entry.index(after: colon)...]) == port else { continue }
                entry = entry[..<colon]
            }
            if entry.hasPrefix("[") && entry.hasSuffix("]") { entry = entry.dropFirst().dropLast() }
            if entry.hasPrefix("*") { entry = entry.dropFirst() }
            if entry.hasPrefix(".") { entry = entry.dropFirst() }
            guard !entry.isEmpty else { continue }
            if host == entry || host.hasSuffix("." + entry) { return true }
        }
        return false
    }
}
