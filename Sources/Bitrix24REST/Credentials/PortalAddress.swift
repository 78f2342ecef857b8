/// An absolute http(s) address split by hand (FoundationEssentials does not promise URL parsing).
/// Only what the client needs: scheme, host, port, and the rest (path + query) as typed.
struct PortalAddress: Sendable, Hashable {
    enum ParseError: Error, Equatable {
        case notAURL, unsupportedScheme(String), missingHost, invalidPort, unexpectedUserInfo
    }

    var scheme: String
    /// Lower-cased; IPv6 literals keep their brackets ("[::1]").
    var host: String
    var port: Int?
    /// Starts with "/" (or is empty), query included.
    var pathAndQuery: String

    static func parse(_ text: String) throws(ParseError) -> PortalAddress {
        guard let schemeEnd = text.firstRange(of: "://") else { throw .notAURL }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard !scheme.isEmpty, scheme.allSatisfy(Self.isSchemeCharacter) else {
            throw .notAURL
        }
        guard scheme == "https" || scheme == "http" else { throw .unsupportedScheme(scheme) }
        let rest = text[schemeEnd.upperBound...]
        let authorityEnd = rest.firstIndex(where: Self.endsAuthority) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        let pathAndQuery = String(rest[authorityEnd...])
        if authority.contains("@") { throw .unexpectedUserInfo }
        guard !authority.isEmpty else { throw .missingHost }

        var host: Substring
        var portText: Substring?
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw .missingHost }
            host = authority[...close]
            let after = authority[authority.index(after: close)...]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { throw .invalidPort }
                portText = after.dropFirst()
            }
        } else if let colon = authority.lastIndex(of: ":") {
            host = authority[..<colon]
            portText = authority[authority.index(after: colon)...]
        } else {
            host = authority
        }
        guard !host.isEmpty, host != "[]" else { throw .missingHost }
        guard host.allSatisfy(Self.isHostCharacter) else { throw .notAURL }
        var port: Int?
        if let portText {
            guard !portText.isEmpty, portText.allSatisfy(\.isASCII), let number = Int(portText), (1...65535).contains(number)
            else { throw .invalidPort }
            port = number
        }
        return PortalAddress(scheme: scheme, host: host.lowercased(), port: port, pathAndQuery: pathAndQuery)
    }

    private static func endsAuthority(_ character: Character) -> Bool {
        character == "/" || character == "?" || character == "#"
    }

    private static func isSchemeCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "+" || character == "-"
            || character == ".")
    }

    private static func isHostCharacter(_ character: Character) -> Bool {
        let forbidden: Set<Character> = ["\\", "<", ">", "\"", "{", "}", "|", "^", "`", "%"]
        let printable = character.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F }
        return printable && !character.isWhitespace && !forbidden.contains(character)
    }

    /// "https://host[:port]" without a trailing slash; the default port is left out.
    var origin: String {
        var text = "\(scheme)://\(host)"
        if let port, !(scheme == "https" && port == 443), !(scheme == "http" && port == 80) { text += ":\(port)" }
        return text
    }

    /// "host" or "host:port" when the port is not the scheme's default.
    var displayHost: String {
        guard let port, port != (scheme == "https" ? 443 : 80) else { return host }
        return "\(host):\(port)"
    }

    /// Host without IPv6 brackets, as a resolver or a proxy rule sees it.
    var bareHost: String {
        host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
    }

    var effectivePort: Int { port ?? (scheme == "https" ? 443 : 80) }

    var isLoopback: Bool { Self.isLoopback(host: bareHost) }

    /// `https`, or `http` to this machine (the sandbox, tests).
    var isAcceptablySecure: Bool { scheme == "https" || isLoopback }

    static func isLoopback(host: String) -> Bool {
        let host = host.lowercased()
        if host == "localhost" || host.hasSuffix(".localhost") || host == "::1" || host == "0:0:0:0:0:0:0:1" { return true }
        let octets = host.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets[0] == "127" && octets.allSatisfy { UInt8($0) != nil }
    }
}
