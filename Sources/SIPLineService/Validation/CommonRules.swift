/// Rules every text field shares. Messages never quote a value: the same sentences serve the password.
enum CommonRules {
    static func controlCharacter(in value: String, of field: DraftField) -> ValidationIssue? {
        let found = PortalText.positions(in: value, where: PortalText.isControl)
        guard let first = found.first else { return nil }
        let more = found.count > 1 ? " and \(found.count - 1) more" : ""
        let them = found.count > 1 ? "them" : "it"
        return ValidationIssue(
            field: field, severity: .error, problem: .controlCharacter,
            message: "\(field.sentenceSubject) contains a control character "
                + "(\(PortalText.codePoint(first.scalar))) at position \(first.position)\(more). "
                + "Remove \(them): such characters usually come from copying and pasting."
        )
    }

    /// `counted` is the value the portal measures (trimmed or not, depending on the field).
    static func tooLong(_ counted: String, of field: DraftField) -> ValidationIssue? {
        let length = PortalText.length(counted)
        let limit = DraftValidator.maximumLength
        guard length > limit else { return nil }
        // A person counts what they see; say why the number is larger when emoji or combining marks are involved.
        let howCounted = length != counted.count
            ? " as the portal counts them (some emoji and accented letters count as two or more)"
            : ""
        return ValidationIssue(
            field: field, severity: .error, problem: .tooLong,
            message: "\(field.sentenceSubject) is \(length) characters long\(howCounted); "
                + "the portal allows at most \(limit). Shorten it by \(length - limit)."
        )
    }

    static func invisibleCharacter(in value: String, of field: DraftField, severity: ValidationIssue.Severity)
        -> ValidationIssue? {
        guard let first = PortalText.positions(in: value, where: PortalText.isInvisible).first else { return nil }
        let consequence = severity == .error
            ? "a host name cannot contain it"
            : "it is almost always pasted by accident and would make the value differ from what the provider expects"
        return ValidationIssue(
            field: field, severity: severity, problem: .invisibleCharacter,
            message: "\(field.sentenceSubject) contains an invisible character "
                + "(\(PortalText.describedCodePoint(first.scalar))) at position \(first.position); "
                + "\(consequence). Delete it and type the value by hand if unsure."
        )
    }
}

extension DraftField {
    /// How a message starts when it speaks of the field, matching the labels on the wizard's screens.
    var sentenceSubject: String {
        switch self {
        case .type: "The PBX type"
        case .title: "The name"
        case .server: "The server"
        case .login: "The login"
        case .password: "The password"
        }
    }
}
