/// `host[:port]` where host is a host name, a dotted-quad IPv4 or a bracketed IPv6. The value reaching here has no
/// scheme, user part, path, parameters, spaces or control characters.
enum HostPortRules {
    static let maximumHostNameLength = 253
    static let maximumLabelLength = 63

    /// `raw` is the value as typed, for positions of invisible characters.
    static func issues(_ value: String, raw: String) -> [ValidationIssue] {
        if value.hasPrefix("[") { return bracketedIssues(value) }

        let colons = value.count(where: { $0 == ":" })
        if colons >= 2 { return manyColonsIssues(value) }

        let host: Substring
        var portText: Substring?
        if let colon = value.firstIndex(of: ":") {
            host = value[..<colon]
            portText = value[value.index(after: colon)...]
        } else {
            host = Substring(value)
        }
        guard !host.isEmpty else {
            return [error(.invalidHost, "The server \"\(value)\" has a port but no host before the colon.")]
        }
        let port = portText.map { portCheck($0, server: value) }
        // A host fix keeps a valid port, and a port fix keeps a valid host.
        let portSuffix = port.flatMap { $0.valid.map { ":\($0)" } } ?? ""
        var result = hostIssues(host, value: value, raw: raw, portSuffix: portSuffix)
        if let issue = port?.issue {
            var fixed = issue
            if let suggestedPort = issue.suggestion {
                let hostIsValid = !result.contains(where: { $0.severity == .error })
                fixed.suggestion = hostIsValid ? "\(host):\(suggestedPort)" : nil
            }
            if portText?.isEmpty == true, !result.contains(where: { $0.severity == .error }) {
                fixed.suggestion = String(host)
            }
            result.append(fixed)
        }
        return result
    }

    // MARK: - IPv6

    private static func bracketedIssues(_ value: String) -> [ValidationIssue] {
        guard let close = value.firstIndex(of: "]") else {
            return [error(.invalidIPv6, "The server \"\(value)\" opens a bracket for an IPv6 address but does not close it.")]
        }
        let inner = value[value.index(after: value.startIndex)..<close]
        let after = value[value.index(after: close)...]
        guard let groups = IPAddressSyntax.parseIPv6(inner) else {
            return [error(.invalidIPv6, "\"\(inner)\" in the server is not a valid IPv6 address (such as 2001:db8::1).")]
        }
        var result: [ValidationIssue] = []
        if !after.isEmpty {
            if after.first == ":" {
                let port = portCheck(after.dropFirst(), server: value)
                if var issue = port.issue {
                    issue.suggestion = issue.suggestion.map { "[\(inner)]:\($0)" } ?? (after.count == 1 ? "[\(inner)]" : nil)
                    result.append(issue)
                }
            } else {
                result.append(error(
                    .invalidHost,
                    "After the closing bracket of the IPv6 address in the server only a port may follow, as in "
                        + "[\(inner)]:5060.",
                    suggestion: "[\(inner)]"
                ))
            }
        }
        if let kind = IPAddressSyntax.unreachableKind(groups) { result.append(unreachable("[\(inner)]", kind: kind)) }
        return result
    }

    private static func manyColonsIssues(_ value: String) -> [ValidationIssue] {
        if IPAddressSyntax.parseIPv6(Substring(value)) != nil {
            return [error(
                .unbracketedIPv6,
                "The server \"\(value)\" is an IPv6 address without brackets; write it as [\(value)]. "
                    + "If its last part was meant as the port, write [address]:port.",
                suggestion: "[\(value)]"
            )]
        }
        if value.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) {
            return [error(.invalidIPv6, "The server \"\(value)\" looks like an IPv6 address but is not a valid one.")]
        }
        return [error(
            .invalidHost,
            "The server \"\(value)\" has more than one colon; write the host, then one colon and the port, "
                + "as in sip.example.com:5060."
        )]
    }

    // MARK: - Port

    private struct PortCheck {
        var valid: Int?
        /// For a port written with leading zeros, `suggestion` is the port alone; the caller adds the host.
        var issue: ValidationIssue?
    }

    private static func portCheck(_ text: Substring, server: String) -> PortCheck {
        if text.isEmpty {
            return PortCheck(issue: error(
                .invalidPort,
                "The server \"\(server)\" ends with a colon but no port: add the port (such as 5060) or remove the colon."
            ))
        }
        guard text.allSatisfy(IPAddressSyntax.isASCIIDigit) else {
            return PortCheck(issue: error(
                .invalidPort, "The port \"\(text)\" of the server is not a number; a port is a number from 1 to 65535."
            ))
        }
        let significant = text.drop(while: { $0 == "0" })
        guard significant.count <= 5, let number = Int(significant), (1...65535).contains(number) else {
            return PortCheck(issue: error(
                .invalidPort, "The port \(text) of the server is out of range; a port is a number from 1 to 65535."
            ))
        }
        guard significant.count == text.count else {
            return PortCheck(issue: error(
                .invalidPort, "The port \(text) of the server starts with a zero; write it as \(number).",
                suggestion: String(number)
            ))
        }
        return PortCheck(valid: number)
    }

    // MARK: - Host name or IPv4

    private static func hostIssues(_ host: Substring, value: String, raw: String, portSuffix: String) -> [ValidationIssue] {
        if host.unicodeScalars.contains(where: { !$0.isASCII }) {
            if let invisible = CommonRules.invisibleCharacter(in: raw, of: .server, severity: .error) { return [invisible] }
            return [error(
                .nonASCIIHost,
                "The server \"\(host)\" has letters outside ASCII; the portal needs an international host name in its "
                    + "xn-- form (for пример.рф that is xn--e1afmkfd.xn--p1ai). Ask the provider for it or convert the "
                    + "name with an IDN converter."
            )]
        }
        if host.allSatisfy({ IPAddressSyntax.isASCIIDigit($0) || $0 == "." }) {
            return ipv4Issues(host, portSuffix: portSuffix)
        }
        return hostNameIssues(host, portSuffix: portSuffix)
    }

    private static func ipv4Issues(_ host: Substring, portSuffix: String) -> [ValidationIssue] {
        switch IPAddressSyntax.parseIPv4(host) {
        case .valid(let octets):
            return IPAddressSyntax.unreachableKind(octets).map { [unreachable(String(host), kind: $0)] } ?? []
        case .malformed:
            return [error(
                .invalidHost,
                "The server \"\(host)\" is not a valid IPv4 address: it needs four numbers from 0 to 255 separated by dots."
            )]
        case .outOfRange(let number):
            return [error(
                .invalidHost,
                "The server \"\(host)\" is not a valid IPv4 address: \(number) is above 255, the largest number allowed."
            )]
        case .leadingZeros(let decimal):
            return [error(
                .invalidHost,
                "The server \"\(host)\" writes numbers with leading zeros, which some systems read as octal; "
                    + "write \(decimal).",
                suggestion: decimal + portSuffix
            )]
        }
    }

    private static func hostNameIssues(_ host: Substring, portSuffix: String) -> [ValidationIssue] {
        var result: [ValidationIssue] = []
        var name = host
        // A trailing dot is valid DNS, but it usually comes from copying the end of a sentence, and providers
        // compare the SIP domain literally: "sip.example.com." would not match their realm.
        if name.hasSuffix(".") && name.count > 1 {
            name = name.dropLast()
            let rest = hostNameProblem(name)
            result.append(error(
                .invalidHost,
                "The server \"\(host)\" ends with a dot, which providers do not expect: write \(name) without it.",
                suggestion: rest == nil ? String(name) + portSuffix : nil
            ))
        }
        if let problem = hostNameProblem(name) {
            result.append(error(.invalidHost, problem))
            return result
        }
        guard result.isEmpty else { return result }
        let lower = name.lowercased()
        if lower == "localhost" || lower.hasSuffix(".localhost") {
            result.append(unreachable(String(name), kind: "a loopback"))
        } else if lower.hasSuffix(".local") {
            result.append(unreachable(String(name), kind: "a local-network (mDNS)"))
        } else if !name.contains(".") {
            result.append(ValidationIssue(
                field: .server, severity: .warning, problem: .unqualifiedHost,
                message: "The server \"\(name)\" is a name without a domain; Bitrix24 looks it up on the internet, "
                    + "where such a name does not resolve. Use the full name, such as \(name).example.com."
            ))
        }
        return result
    }

    /// The first thing that makes `name` no host name, as a sentence; nil when it is one.
    private static func hostNameProblem(_ name: Substring) -> String? {
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            if label.isEmpty {
                return "The server \"\(name)\" has an empty part between dots (or starts with a dot)."
            }
            if label.count > maximumLabelLength {
                return "The part \"\(label)\" of the server is \(label.count) characters long; each part between dots "
                    + "may have at most \(maximumLabelLength)."
            }
            if let bad = label.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }) {
                return "The server \"\(name)\" contains \"\(bad)\", which host names cannot have: use only letters "
                    + "a–z, digits, hyphens and dots."
            }
            if label.first == "-" || label.last == "-" {
                let whereHyphen = label.first == "-" ? "starts" : "ends"
                return "The part \"\(label)\" of the server \(whereHyphen) with a hyphen; a part of a host name "
                    + "cannot start or end with one."
            }
        }
        if name.count > maximumHostNameLength {
            return "The server is \(name.count) characters long; a host name has at most \(maximumHostNameLength)."
        }
        if let last = labels.last, last.allSatisfy(IPAddressSyntax.isASCIIDigit) {
            return "The server \"\(name)\" ends in a number after its last dot; that is neither a host name nor an "
                + "IPv4 address."
        }
        return nil
    }

    // MARK: - Issues

    private static func unreachable(_ host: String, kind: String) -> ValidationIssue {
        ValidationIssue(
            field: .server, severity: .warning, problem: .privateAddress,
            message: "The server \(host) is \(kind) address; Bitrix24 connects from the internet and cannot reach it. "
                + "Use the provider's public host name or address."
        )
    }

    private static func error(_ problem: ValidationIssue.Problem, _ message: String, suggestion: String? = nil)
        -> ValidationIssue {
        ValidationIssue(field: .server, severity: .error, problem: problem, message: message, suggestion: suggestion)
    }
}
