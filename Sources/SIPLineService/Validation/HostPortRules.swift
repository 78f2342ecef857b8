import Words

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
            return [error(.invalidHost, .portWithoutHost(server: value))]
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
            return [error(.invalidIPv6, .unclosedBracket(server: value))]
        }
        let inner = value[value.index(after: value.startIndex)..<close]
        let after = value[value.index(after: close)...]
        guard let groups = IPAddressSyntax.parseIPv6(inner) else {
            return [error(.invalidIPv6, .invalidIPv6(address: String(inner)))]
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
                result.append(error(.invalidHost, .textAfterIPv6(address: String(inner)), suggestion: "[\(inner)]"))
            }
        }
        if let kind = IPAddressSyntax.unreachableKind(groups) { result.append(unreachable("[\(inner)]", kind: kind)) }
        return result
    }

    private static func manyColonsIssues(_ value: String) -> [ValidationIssue] {
        if IPAddressSyntax.parseIPv6(Substring(value)) != nil {
            return [error(.unbracketedIPv6, .unbracketedIPv6(server: value), suggestion: "[\(value)]")]
        }
        if value.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) {
            return [error(.invalidIPv6, .malformedIPv6(server: value))]
        }
        return [error(.invalidHost, .tooManyColons(server: value))]
    }

    // MARK: - Port

    private struct PortCheck {
        var valid: Int?
        /// For a port written with leading zeros, `suggestion` is the port alone; the caller adds the host.
        var issue: ValidationIssue?
    }

    private static func portCheck(_ text: Substring, server: String) -> PortCheck {
        if text.isEmpty {
            return PortCheck(issue: error(.invalidPort, .portMissing(server: server)))
        }
        guard text.allSatisfy(IPAddressSyntax.isASCIIDigit) else {
            return PortCheck(issue: error(.invalidPort, .portNotANumber(port: String(text))))
        }
        let significant = text.drop(while: { $0 == "0" })
        guard significant.count <= 5, let number = Int(significant), (1...65535).contains(number) else {
            return PortCheck(issue: error(.invalidPort, .portOutOfRange(port: String(text))))
        }
        guard significant.count == text.count else {
            return PortCheck(issue: error(
                .invalidPort, .portLeadingZero(port: String(text), number: number), suggestion: String(number)))
        }
        return PortCheck(valid: number)
    }

    // MARK: - Host name or IPv4

    private static func hostIssues(_ host: Substring, value: String, raw: String, portSuffix: String) -> [ValidationIssue] {
        if host.unicodeScalars.contains(where: { !$0.isASCII }) {
            if let invisible = CommonRules.invisibleCharacter(in: raw, of: .server, severity: .error) { return [invisible] }
            return [error(.nonASCIIHost, .nonASCIIHost(host: String(host)))]
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
            return [error(.invalidHost, .ipv4Malformed(host: String(host)))]
        case .outOfRange(let number):
            return [error(.invalidHost, .ipv4OutOfRange(host: String(host), number: number))]
        case .leadingZeros(let decimal):
            return [error(
                .invalidHost, .ipv4LeadingZeros(host: String(host), decimal: decimal), suggestion: decimal + portSuffix)]
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
                .invalidHost, .trailingDot(host: String(host), name: String(name)),
                suggestion: rest == nil ? String(name) + portSuffix : nil))
        }
        if let problem = hostNameProblem(name) {
            result.append(error(.invalidHost, problem))
            return result
        }
        guard result.isEmpty else { return result }
        let lower = name.lowercased()
        if lower == "localhost" || lower.hasSuffix(".localhost") {
            result.append(unreachable(String(name), kind: .loopback))
        } else if lower.hasSuffix(".local") {
            result.append(unreachable(String(name), kind: .localNetworkName))
        } else if !name.contains(".") {
            result.append(ValidationIssue(
                field: .server, severity: .warning, problem: .unqualifiedHost,
                phrase: .unqualifiedHost(name: String(name))
            ))
        }
        return result
    }

    /// The first thing that makes `name` no host name, as a sentence; nil when it is one.
    private static func hostNameProblem(_ name: Substring) -> ValidationPhrase? {
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        for label in labels {
            if label.isEmpty { return .emptyLabel(name: String(name)) }
            if label.count > maximumLabelLength {
                return .labelTooLong(label: String(label), length: label.count, limit: maximumLabelLength)
            }
            if let bad = label.first(where: { !($0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")) }) {
                return .forbiddenCharacter(name: String(name), character: String(bad))
            }
            if label.first == "-" { return .labelStartsWithHyphen(label: String(label)) }
            if label.last == "-" { return .labelEndsWithHyphen(label: String(label)) }
        }
        if name.count > maximumHostNameLength {
            return .hostNameTooLong(length: name.count, limit: maximumHostNameLength)
        }
        if let last = labels.last, last.allSatisfy(IPAddressSyntax.isASCIIDigit) {
            return .numericTopLevel(name: String(name))
        }
        return nil
    }

    // MARK: - Issues

    private static func unreachable(_ host: String, kind: AddressKindPhrase) -> ValidationIssue {
        ValidationIssue(field: .server, severity: .warning, problem: .privateAddress,
                        phrase: .unreachable(host: host, kind: kind))
    }

    private static func error(_ problem: ValidationIssue.Problem, _ phrase: ValidationPhrase, suggestion: String? = nil)
        -> ValidationIssue {
        ValidationIssue(field: .server, severity: .error, problem: problem, phrase: phrase, suggestion: suggestion)
    }
}
