extension ValidationPhrase {
    public var legacyEnglish: String {
        switch self {
        case .controlCharacter(let field, let character, let position):
            "The \(field.legacyEnglish) contains a control character (\(character)) at position \(position). "
                + "Remove it: such characters usually come from copying and pasting."
        case .controlCharacters(let field, let character, let position, let more):
            "The \(field.legacyEnglish) contains a control character (\(character)) at position \(position) and \(more) more. "
                + "Remove them: such characters usually come from copying and pasting."
        case .tooLong(let field, let length, let limit, let excess):
            "The \(field.legacyEnglish) is \(length) characters long; the portal allows at most \(limit). Shorten it by \(excess)."
        case .tooLongAsPortalCounts(let field, let length, let limit, let excess):
            "The \(field.legacyEnglish) is \(length) characters long as the portal counts them (some emoji and accented "
                + "letters count as two or more); the portal allows at most \(limit). Shorten it by \(excess)."
        case .invisibleCharacter(let field, let character, let position):
            "The \(field.legacyEnglish) contains an invisible character (\(character)) at position \(position); it is almost "
                + "always pasted by accident and would make the value differ from what the provider expects. "
                + "Delete it and type the value by hand if unsure."
        case .invisibleCharacterInHost(let field, let character, let position):
            "The \(field.legacyEnglish) contains an invisible character (\(character)) at position \(position); "
                + "a host name cannot contain it. Delete it and type the value by hand if unsure."
        case .titleRequired:
            "The name is required: enter the name people will see for this line in Bitrix24."
        case .titleBlank:
            "The name is only blank characters, which the portal removes: enter the name people will see for "
                + "this line in Bitrix24."
        case .titleInUse(let existing):
            "A line named \"\(existing)\" already exists on this portal; the portal will most likely "
                + "refuse a second one with this name. Choose another name."
        case .loginRequired:
            "The login is required: enter the user name the provider gave for this line."
        case .loginContainsSpace:
            "The login contains a space; SIP logins almost never do. Check it against what the provider gave."
        case .passwordRequired:
            "The password is required: registration at the provider fails without it."
        case .passwordBlank:
            "The password is only blank characters, which the portal removes: enter the password the provider "
                + "gave for this line."
        case .passwordEndsWithSpace:
            "The password ends with a space. The portal would silently remove it and registration would fail: "
                + "remove the space."
        case .passwordEndsWithSpaces:
            "The password ends with spaces. The portal would silently remove them and registration would fail: "
                + "remove them."
        case .passwordStartsWithSpace:
            "The password starts with a space. The portal would silently remove it and registration would fail: "
                + "remove the space."
        case .passwordStartsWithSpaces:
            "The password starts with spaces. The portal would silently remove them and registration would fail: "
                + "remove them."
        case .passwordStartsAndEndsWithSpaces:
            "The password starts and ends with spaces. The portal would silently remove them and registration "
                + "would fail: remove them."
        case .serverRequired:
            "The server is required: enter the provider's host name or IP address."
        case .serverOnlyScheme(let scheme):
            "The server \"\(scheme)\" names no host: enter the provider's host name or IP address."
        case .schemeRemoved(let scheme):
            "The \"\(scheme)\" in front of the server was removed: the portal needs only the host."
        case .sipURI(let scheme, let suggestion):
            "The server is a SIP address (\(scheme)…); the portal needs only the host"
                + (suggestion.map { " and port: use \($0)." } ?? ": enter the provider's host name or IP address.")
        case .unsupportedScheme(let scheme, let suggestion):
            "The server starts with \"\(scheme)\", which the portal does not understand"
                + (suggestion.map { ": use only the host, \($0)." } ?? ": enter only the provider's host name or IP address.")
        case .userPart(let suggestion):
            "The server contains a user part (…@ in front of the host); the login belongs in the login field."
                + Self.useOnlyTheHost(suggestion)
        case .parameters(let suggestion):
            "The server carries parameters after a semicolon (such as ;transport=udp), which the portal does not accept."
                + Self.useOnlyTheHost(suggestion)
        case .path(let suggestion):
            "The server contains a path or query after the host (/…); the portal needs only the host."
                + Self.useOnlyTheHost(suggestion)
        case .serverContainsSpace(let server):
            "The server \"\(server)\" contains a space; a host name never does. Remove it"
                + " (a port goes after a colon, as in sip.example.com:5060)."
        case .portWithoutHost(let server):
            "The server \"\(server)\" has a port but no host before the colon."
        case .unclosedBracket(let server):
            "The server \"\(server)\" opens a bracket for an IPv6 address but does not close it."
        case .invalidIPv6(let address):
            "\"\(address)\" in the server is not a valid IPv6 address (such as 2001:db8::1)."
        case .textAfterIPv6(let address):
            "After the closing bracket of the IPv6 address in the server only a port may follow, as in [\(address)]:5060."
        case .unbracketedIPv6(let server):
            "The server \"\(server)\" is an IPv6 address without brackets; write it as [\(server)]. "
                + "If its last part was meant as the port, write [address]:port."
        case .malformedIPv6(let server):
            "The server \"\(server)\" looks like an IPv6 address but is not a valid one."
        case .tooManyColons(let server):
            "The server \"\(server)\" has more than one colon; write the host, then one colon and the port, "
                + "as in sip.example.com:5060."
        case .portMissing(let server):
            "The server \"\(server)\" ends with a colon but no port: add the port (such as 5060) or remove the colon."
        case .portNotANumber(let port):
            "The port \"\(port)\" of the server is not a number; a port is a number from 1 to 65535."
        case .portOutOfRange(let port):
            "The port \(port) of the server is out of range; a port is a number from 1 to 65535."
        case .portLeadingZero(let port, let number):
            "The port \(port) of the server starts with a zero; write it as \(number)."
        case .nonASCIIHost(let host):
            "The server \"\(host)\" has letters outside ASCII; the portal needs an international host name in its "
                + "xn-- form (for пример.рф that is xn--e1afmkfd.xn--p1ai). Ask the provider for it or convert the "
                + "name with an IDN converter."
        case .ipv4Malformed(let host):
            "The server \"\(host)\" is not a valid IPv4 address: it needs four numbers from 0 to 255 separated by dots."
        case .ipv4OutOfRange(let host, let number):
            "The server \"\(host)\" is not a valid IPv4 address: \(number) is above 255, the largest number allowed."
        case .ipv4LeadingZeros(let host, let decimal):
            "The server \"\(host)\" writes numbers with leading zeros, which some systems read as octal; write \(decimal)."
        case .trailingDot(let host, let name):
            "The server \"\(host)\" ends with a dot, which providers do not expect: write \(name) without it."
        case .emptyLabel(let name):
            "The server \"\(name)\" has an empty part between dots (or starts with a dot)."
        case .labelTooLong(let label, let length, let limit):
            "The part \"\(label)\" of the server is \(length) characters long; each part between dots "
                + "may have at most \(limit)."
        case .forbiddenCharacter(let name, let character):
            "The server \"\(name)\" contains \"\(character)\", which host names cannot have: use only letters "
                + "a–z, digits, hyphens and dots."
        case .labelStartsWithHyphen(let label):
            "The part \"\(label)\" of the server starts with a hyphen; a part of a host name cannot start or end with one."
        case .labelEndsWithHyphen(let label):
            "The part \"\(label)\" of the server ends with a hyphen; a part of a host name cannot start or end with one."
        case .hostNameTooLong(let length, let limit):
            "The server is \(length) characters long; a host name has at most \(limit)."
        case .numericTopLevel(let name):
            "The server \"\(name)\" ends in a number after its last dot; that is neither a host name nor an IPv4 address."
        case .unreachable(let host, let kind):
            "The server \(host) is \(kind.legacyEnglish) address; Bitrix24 connects from the internet and cannot reach it. "
                + "Use the provider's public host name or address."
        case .unqualifiedHost(let name):
            "The server \"\(name)\" is a name without a domain; Bitrix24 looks it up on the internet, "
                + "where such a name does not resolve. Use the full name, such as \(name).example.com."
        case .untranslated(let text):
            text
        }
    }

    private static func useOnlyTheHost(_ suggestion: String?) -> String {
        suggestion.map { " Use only the host: \($0)." } ?? ""
    }
}

extension DraftFieldPhrase {
    public var legacyEnglish: String {
        switch self {
        case .type: "PBX type"
        case .title: "name"
        case .server: "server"
        case .login: "login"
        case .password: "password"
        }
    }
}

extension AddressKindPhrase {
    /// With its article; the sentence adds "address".
    public var legacyEnglish: String {
        switch self {
        case .unspecifiedIPv4: "an unspecified (0.x.x.x)"
        case .unspecifiedIPv6: "an unspecified"
        case .loopback: "a loopback"
        case .privateIPv4: "a private"
        case .carrierGradeNAT: "a carrier-grade NAT"
        case .linkLocal: "a link-local"
        case .uniqueLocalIPv6: "a private (unique local)"
        case .localNetworkName: "a local-network (mDNS)"
        }
    }
}

extension FieldIssuePhrase {
    public var legacyEnglish: String {
        switch self {
        case .issue(let key, let issue): "\(key): \(issue.legacyEnglish)"
        }
    }
}
