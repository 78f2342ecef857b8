/// LOGIN and PASSWORD: what Bitrix24 registers with at the provider. Messages never quote either value.
enum CredentialRules {
    static func normalizedLogin(_ raw: String) -> String {
        PortalText.trimmed(raw)
    }

    static func loginIssues(_ raw: String) -> [ValidationIssue] {
        let login = normalizedLogin(raw)
        var result: [ValidationIssue] = []
        if login.isEmpty {
            result.append(ValidationIssue(
                field: .login, severity: .error, problem: .required,
                message: "The login is required: enter the user name the provider gave for this line."
            ))
        }
        if let control = CommonRules.controlCharacter(in: raw, of: .login) { result.append(control) }
        if let long = CommonRules.tooLong(login, of: .login) { result.append(long) }
        // The portal accepts a space inside a login, but SIP user names practically never have one.
        if login.contains(" ") {
            result.append(ValidationIssue(
                field: .login, severity: .warning, problem: .containsSpace,
                message: "The login contains a space; SIP logins almost never do. Check it against what the provider gave."
            ))
        }
        if let invisible = CommonRules.invisibleCharacter(in: raw, of: .login, severity: .warning) {
            result.append(invisible)
        }
        return result
    }

    /// The password is sent as typed: the portal counts its length before trimming, then trims it.
    static func passwordIssues(_ raw: String) -> [ValidationIssue] {
        var result: [ValidationIssue] = []
        let trimmed = PortalText.trimmed(raw)
        if trimmed.isEmpty {
            let message = raw.isEmpty
                ? "The password is required: registration at the provider fails without it."
                : "The password is only blank characters, which the portal removes: enter the password the provider "
                    + "gave for this line."
            result.append(ValidationIssue(field: .password, severity: .error, problem: .required, message: message))
        }
        if let control = CommonRules.controlCharacter(in: raw, of: .password) { result.append(control) }
        if let long = CommonRules.tooLong(raw, of: .password) { result.append(long) }
        if !trimmed.isEmpty, let spaces = surroundingSpaces(raw) {
            let (them, fix) = spaces.plural ? ("them", "remove them") : ("it", "remove the space")
            result.append(ValidationIssue(
                field: .password, severity: .error, problem: .leadingOrTrailingSpace,
                message: "The password \(spaces.phrase). The portal would silently remove \(them) and registration "
                    + "would fail: \(fix)."
            ))
        }
        if let invisible = CommonRules.invisibleCharacter(in: raw, of: .password, severity: .warning) {
            result.append(invisible)
        }
        return result
    }

    /// "ends with a space", "starts with spaces", "starts and ends with spaces"; nil without any.
    /// Only U+0020: the other characters PHP trims are control characters, reported on their own.
    private static func surroundingSpaces(_ raw: String) -> (phrase: String, plural: Bool)? {
        let scalars = raw.unicodeScalars
        let leading = scalars.prefix(while: { $0 == " " }).count
        let trailing = scalars.reversed().prefix(while: { $0 == " " }).count
        switch (leading, trailing) {
        case (0, 0): return nil
        case (0, 1): return ("ends with a space", false)
        case (0, _): return ("ends with spaces", true)
        case (1, 0): return ("starts with a space", false)
        case (_, 0): return ("starts with spaces", true)
        default: return ("starts and ends with spaces", true)
        }
    }
}
