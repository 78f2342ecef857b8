/// The portal's own rules for a draft plus the ones a person needs before sending. Pure: no I/O.
public enum DraftValidator {
    /// Longest value the portal stores, in Unicode code points (PHP's `mb_strlen`).
    public static let maximumLength = 100

    /// Every problem of every field at once, in field order.
    public static func validate(_ draft: LineDraft, knownTitles: [String] = []) -> [ValidationIssue] {
        DraftField.allCases.flatMap { validate($0, of: draft, knownTitles: knownTitles) }
    }

    /// The problems of one field (what Enter on that field shows).
    public static func validate(_ field: DraftField, of draft: LineDraft, knownTitles: [String] = []) -> [ValidationIssue] {
        // BOOTSTRAP: replaced by the real rules in the validation change.
        []
    }

    /// The values that are sent: trimmed title, server without a scheme, trimmed login, password as typed.
    public static func normalized(_ draft: LineDraft) -> LineDraft {
        draft
    }
}
