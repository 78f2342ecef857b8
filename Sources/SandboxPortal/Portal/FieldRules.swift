/// How the portal cleans and checks the text fields of add and update. Lengths are counted in Unicode code points
/// (PHP's `mb_strlen`), trimming strips PHP's `trim` set only (not every Unicode space).
enum FieldRules {
    static let maxLength = 100

    static func phpTrim(_ text: String) -> String {
        let stripped: Set<Unicode.Scalar> = [" ", "\t", "\n", "\r", "\0", "\u{0B}"]
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !stripped.contains($0) }),
            let last = scalars.lastIndex(where: { !stripped.contains($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    static func stripScheme(_ server: String) -> String {
        for scheme in ["http://", "https://"] where server.lowercased().hasPrefix(scheme) {
            return String(server.unicodeScalars.dropFirst(scheme.unicodeScalars.count))
        }
        return server
    }

    static func length(_ text: String) -> Int {
        text.unicodeScalars.count
    }

    /// The cleaned fields present in `parameters`, or the messages of every violation (joined by the caller).
    struct Cleaned {
        var title: String?
        var server: String?
        var login: String?
        var password: String?
        var problems: [String] = []
    }

    /// `required` names the fields that must be present and non-empty (SERVER and LOGIN for add).
    static func clean(_ parameters: CallParameters, required: Set<String>) -> Cleaned {
        var cleaned = Cleaned()
        var notText: Set<String> = []
        func raw(_ key: String) -> String? {
            guard parameters.contains(key) else { return nil }
            guard let text = parameters.text(key) else {
                cleaned.problems.append("Field \(key) must be a string")
                notText.insert(key)
                return nil
            }
            return text
        }
        if let title = raw("TITLE") {
            // The server sets no length limit on TITLE (bitrix24-sip-api.md); only the product caps it.
            cleaned.title = phpTrim(title)
        }
        if let server = raw("SERVER") {
            let value = stripScheme(phpTrim(server))
            if length(value) > maxLength { cleaned.problems.append(tooLong("SERVER")) }
            cleaned.server = value
        }
        if let login = raw("LOGIN") {
            let value = phpTrim(login)
            if length(value) > maxLength { cleaned.problems.append(tooLong("LOGIN")) }
            cleaned.login = value
        }
        if let password = raw("PASSWORD") {
            // Counted before trimming, then trimmed: leading and trailing spaces are silently lost.
            if length(password) > maxLength { cleaned.problems.append(tooLong("PASSWORD")) }
            cleaned.password = phpTrim(password)
        }
        for key in ["SERVER", "LOGIN"] where (required.contains(key) || parameters.contains(key)) && !notText.contains(key) {
            let value = key == "SERVER" ? cleaned.server : cleaned.login
            if value?.isEmpty ?? true { cleaned.problems.append("Field \(key) is required") }
        }
        return cleaned
    }

    private static func tooLong(_ key: String) -> String {
        "Field \(key) is too long (maximum \(maxLength) characters)"
    }
}
