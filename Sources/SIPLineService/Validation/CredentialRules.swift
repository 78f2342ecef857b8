import Words

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
                phrase: .loginRequired
            ))
        }
        if let control = CommonRules.controlCharacter(in: raw, of: .login) { result.append(control) }
        if let long = CommonRules.tooLong(login, of: .login) { result.append(long) }
        // The portal accepts a space inside a login, but SIP user names practically never have one.
        if login.contains(" ") {
            result.append(ValidationIssue(
                field: .login, severity: .warning, problem: .containsSpace,
                phrase: .loginContainsSpace
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
            result.append(ValidationIssue(
                field: .password, severity: .error, problem: .required,
                phrase: raw.isEmpty ? .passwordRequired : .passwordBlank))
        }
        if let control = CommonRules.controlCharacter(in: raw, of: .password) { result.append(control) }
        if let long = CommonRules.tooLong(raw, of: .password) { result.append(long) }
        if !trimmed.isEmpty, let spaces = surroundingSpaces(raw) {
            result.append(ValidationIssue(field: .password, severity: .error, problem: .leadingOrTrailingSpace, phrase: spaces))
        }
        if let invisible = CommonRules.invisibleCharacter(in: raw, of: .password, severity: .warning) {
            result.append(invisible)
        }
        return result
    }

    /// "ends with a space", "starts with spaces", "starts and ends with spaces"; nil without any.
    /// Only U+0020: the other characters PHP trims are control characters, reported on their own.
    private static func surroundingSpaces(_ raw: String) -> ValidationPhrase? {
        let scalars = raw.unicodeScalars
        let leading = scalars.prefix(while: { $0 == " " }).count
        let trailing = scalars.reversed().prefix(while: { $0 == " " }).count
        switch (leading, trailing) {
        case (0, 0): return nil
        case (0, 1): return .passwordEndsWithSpace
        case (0, _): return .passwordEndsWithSpaces
        case (1, 0): return .passwordStartsWithSpace
        case (_, 0): return .passwordStartsWithSpaces
        default: return .passwordStartsAndEndsWithSpaces
        }
    }
}
