/// TITLE: what people see for the line in Bitrix24's telephony settings. The server trims it and allows any
/// length; the product caps it at the portal's usual 100 code points and requires it.
enum TitleRules {
    static func normalized(_ raw: String) -> String {
        PortalText.trimmed(raw)
    }

    static func issues(_ raw: String, knownTitles: [String]) -> [ValidationIssue] {
        let title = normalized(raw)
        var result: [ValidationIssue] = []
        if title.isEmpty {
            result.append(ValidationIssue(
                field: .title, severity: .error, problem: .required, phrase: raw.isEmpty ? .titleRequired : .titleBlank))
        }
        if let control = CommonRules.controlCharacter(in: raw, of: .title) { result.append(control) }
        if let long = CommonRules.tooLong(title, of: .title) { result.append(long) }
        if !title.isEmpty, let existing = existingTitle(equalTo: title, in: knownTitles) {
            result.append(ValidationIssue(
                field: .title, severity: .warning, problem: .titleInUse,
                phrase: .titleInUse(existing: existing)
            ))
        }
        return result
    }

    /// The portal's uniqueness check most likely ignores case (a `_ci` collation); compare the same way.
    private static func existingTitle(equalTo title: String, in knownTitles: [String]) -> String? {
        let key = title.lowercased()
        return knownTitles.lazy.map(PortalText.trimmed).first { $0.lowercased() == key }
    }
}
