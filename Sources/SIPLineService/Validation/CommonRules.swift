import Words

/// Rules every text field shares. Messages never quote a value: the same sentences serve the password.
enum CommonRules {
    static func controlCharacter(in value: String, of field: DraftField) -> ValidationIssue? {
        let found = PortalText.positions(in: value, where: PortalText.isControl)
        guard let first = found.first else { return nil }
        let character = PortalText.codePoint(first.scalar)
        return ValidationIssue(
            field: field, severity: .error, problem: .controlCharacter,
            phrase: found.count > 1
                ? .controlCharacters(field: field.phrase, character: character, position: first.position, more: found.count - 1)
                : .controlCharacter(field: field.phrase, character: character, position: first.position)
        )
    }

    /// `counted` is the value the portal measures (trimmed or not, depending on the field).
    static func tooLong(_ counted: String, of field: DraftField) -> ValidationIssue? {
        let length = PortalText.length(counted)
        let limit = DraftValidator.maximumLength
        guard length > limit else { return nil }
        // A person counts what they see; say why the number is larger when emoji or combining marks are involved.
        let phrase: ValidationPhrase = length != counted.count
            ? .tooLongAsPortalCounts(field: field.phrase, length: length, limit: limit, excess: length - limit)
            : .tooLong(field: field.phrase, length: length, limit: limit, excess: length - limit)
        return ValidationIssue(field: field, severity: .error, problem: .tooLong, phrase: phrase)
    }

    static func invisibleCharacter(in value: String, of field: DraftField, severity: ValidationIssue.Severity)
        -> ValidationIssue? {
        guard let first = PortalText.positions(in: value, where: PortalText.isInvisible).first else { return nil }
        let character = PortalText.describedCodePoint(first.scalar)
        return ValidationIssue(
            field: field, severity: severity, problem: .invisibleCharacter,
            phrase: severity == .error
                ? .invisibleCharacterInHost(field: field.phrase, character: character, position: first.position)
                : .invisibleCharacter(field: field.phrase, character: character, position: first.position)
        )
    }
}

extension DraftField {
    /// How the sentences name the field, matching the labels on the wizard's screens.
    var phrase: DraftFieldPhrase {
        switch self {
        case .type: .type
        case .title: .title
        case .server: .server
        case .login: .login
        case .password: .password
        }
    }
}
