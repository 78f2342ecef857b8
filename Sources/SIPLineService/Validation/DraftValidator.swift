/// The portal's own rules for a draft plus the ones a person needs before sending. Pure: no I/O.
///
/// Issues come in field order (TYPE, TITLE, SERVER, LOGIN, PASSWORD); within a field: required, control characters,
/// length, then the field's own rules in the order the value is read (for the server: scheme, host, port), warnings
/// last. Only `.error` blocks sending.
public enum DraftValidator {
    /// Longest value the portal stores, in Unicode code points (PHP's `mb_strlen`).
    public static let maximumLength = 100

    /// Every problem of every field at once, in field order.
    public static func validate(_ draft: LineDraft, knownTitles: [String] = []) -> [ValidationIssue] {
        DraftField.allCases.flatMap { validate($0, of: draft, knownTitles: knownTitles) }
    }

    /// The problems of one field (what Enter on that field shows). `knownTitles` are the titles of the lines this
    /// webhook can see; a match is a warning, since the portal's `TITLE_EXISTS` is the real check.
    public static func validate(_ field: DraftField, of draft: LineDraft, knownTitles: [String] = []) -> [ValidationIssue] {
        switch field {
        // A `PBXType` is always one the portal accepts.
        case .type: []
        case .title: TitleRules.issues(draft.title, knownTitles: knownTitles)
        case .server: ServerRules.issues(draft.server)
        case .login: CredentialRules.loginIssues(draft.login)
        case .password: CredentialRules.passwordIssues(draft.password)
        }
    }

    /// The values that are sent: trimmed title, server trimmed and without `http(s)://`, trimmed login, password as
    /// typed (the portal counts its length before trimming; validation refuses surrounding spaces instead).
    public static func normalized(_ draft: LineDraft) -> LineDraft {
        LineDraft(
            type: draft.type,
            title: TitleRules.normalized(draft.title),
            server: ServerRules.normalized(draft.server),
            login: CredentialRules.normalizedLogin(draft.login),
            password: draft.password
        )
    }
}

extension Sequence where Element == ValidationIssue {
    /// True when any issue is an `.error`: the draft must not be sent.
    public var blocksSending: Bool { contains { $0.severity == .error } }
}
