import Words

/// SERVER: a host name, IPv4 or bracketed IPv6 with an optional port, as the provider's registrar is reached.
/// The portal only trims and strips `http(s)://`; everything else it passes on, so a wrong value surfaces much later
/// as a failed registration. These rules catch it while the person is still on the phone.
enum ServerRules {
    /// What is sent: trimmed, without `http://`/`https://`, trimmed again (`https:// host` is still a host).
    static func normalized(_ raw: String) -> String {
        let trimmed = PortalText.trimmed(raw)
        guard let rest = removingWebScheme(trimmed) else { return trimmed }
        return PortalText.trimmed(rest)
    }

    static func issues(_ raw: String) -> [ValidationIssue] {
        let trimmed = PortalText.trimmed(raw)
        let control = CommonRules.controlCharacter(in: raw, of: .server)
        guard !trimmed.isEmpty else {
            return [required(.serverRequired)]
                + [control].compactMap { $0 }
        }
        // With a control character inside, every structural message would only repeat the same problem.
        if let control { return [control] }

        var result: [ValidationIssue] = []
        var value = trimmed
        if let scheme = webScheme(of: trimmed) {
            value = normalized(trimmed)
            guard !value.isEmpty else {
                return [required(.serverOnlyScheme(scheme: scheme))]
            }
            result.append(ValidationIssue(
                field: .server, severity: .notice, problem: .schemeRemoved,
                phrase: .schemeRemoved(scheme: scheme),
                suggestion: cleanSuggestion(authority(of: value).hostPort)
            ))
        }
        if let long = CommonRules.tooLong(value, of: .server) { result.append(long) }
        result += structureIssues(value, raw: raw)
        return result
    }

    // MARK: - Schemes, user parts, paths

    private static func webScheme(of value: String) -> String? {
        for scheme in ["https://", "http://"] where value.lowercased().hasPrefix(scheme) {
            return String(value.prefix(scheme.count))
        }
        return nil
    }

    private static func removingWebScheme(_ value: String) -> String? {
        webScheme(of: value).map { String(value.dropFirst($0.count)) }
    }

    /// `udp://`, `tls://`, … : an RFC 3986 scheme name followed by "://".
    private static func otherScheme(of value: String) -> String? {
        guard let colon = value.firstIndex(of: ":"), value[colon...].hasPrefix("://") else { return nil }
        let name = value[..<colon]
        guard let first = name.first, first.isASCII, first.isLetter,
              name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) })
        else { return nil }
        return String(name) + "://"
    }

    private static func sipScheme(of value: String) -> String? {
        let lower = value.lowercased()
        for scheme in ["sips:", "sip:"] where lower.hasPrefix(scheme) { return String(value.prefix(scheme.count)) }
        return nil
    }

    /// The parts of a URI-like value around its host: authority up to the first `/`, `?` or `#`, user info up to
    /// the last `@` in it, SIP parameters after the first `;`.
    private struct Authority {
        var hostPort: String
        var hasUserPart: Bool
        var hasParameters: Bool
        var hasPath: Bool
    }

    private static func authority(of value: String) -> Authority {
        var rest = Substring(value)
        if rest.hasPrefix("//") { rest = rest.dropFirst(2) }
        let pathStart = rest.firstIndex(where: { "/?#".contains($0) })
        var authority = rest[..<(pathStart ?? rest.endIndex)]
        let at = authority.lastIndex(of: "@")
        if let at { authority = authority[authority.index(after: at)...] }
        let semicolon = authority.firstIndex(of: ";")
        if let semicolon { authority = authority[..<semicolon] }
        return Authority(
            hostPort: String(authority), hasUserPart: at != nil, hasParameters: semicolon != nil, hasPath: pathStart != nil
        )
    }

    /// A fix is only offered when it is itself a valid server.
    private static func cleanSuggestion(_ hostPort: String) -> String? {
        guard !hostPort.isEmpty, !HostPortRules.issues(hostPort, raw: hostPort).contains(where: { $0.severity == .error })
        else { return nil }
        return hostPort
    }

    /// Messages here never quote the whole value: a pasted `sip:user:secret@host` would put a password on screen.
    private static func structureIssues(_ value: String, raw: String) -> [ValidationIssue] {
        if let scheme = sipScheme(of: value) {
            let suggestion = cleanSuggestion(authority(of: String(value.dropFirst(scheme.count))).hostPort)
            return [error(.sipURI, .sipURI(scheme: scheme, suggestion: suggestion), suggestion: suggestion)]
        }
        if let scheme = otherScheme(of: value) {
            let suggestion = cleanSuggestion(authority(of: String(value.dropFirst(scheme.count))).hostPort)
            return [error(.unsupportedScheme, .unsupportedScheme(scheme: scheme, suggestion: suggestion), suggestion: suggestion)]
        }

        let parts = authority(of: value)
        let suggestion = cleanSuggestion(parts.hostPort)
        var found: [ValidationIssue] = []
        if parts.hasUserPart {
            found.append(error(.hasUserPart, .userPart(suggestion: suggestion), suggestion: suggestion))
        }
        if parts.hasParameters {
            found.append(error(.hasParameters, .parameters(suggestion: suggestion), suggestion: suggestion))
        }
        if parts.hasPath {
            found.append(error(.hasPath, .path(suggestion: suggestion), suggestion: suggestion))
        }
        guard found.isEmpty else { return found }

        if value.contains(" ") {
            return [error(.containsSpace, .serverContainsSpace(server: value))]
        }
        return HostPortRules.issues(value, raw: raw)
    }

    private static func required(_ phrase: ValidationPhrase) -> ValidationIssue {
        ValidationIssue(field: .server, severity: .error, problem: .required, phrase: phrase)
    }

    private static func error(_ problem: ValidationIssue.Problem, _ phrase: ValidationPhrase, suggestion: String? = nil)
        -> ValidationIssue {
        ValidationIssue(field: .server, severity: .error, problem: problem, phrase: phrase, suggestion: suggestion)
    }
}
