import TextSafety

/// Turns bytes that came from the network into a short, printable, secret-free quote for an error message.
public enum ExcerptSanitizer {
    public static let defaultLimit = 200

    /// Redacts the whole text first (so a secret cut by the limit cannot leave a prefix behind), then makes control
    /// characters visible, folds whitespace runs into one space, and cuts at `limit` characters with "…".
    public static func excerpt(_ bytes: some Collection<UInt8>, redactor: Redactor, limit: Int = defaultLimit) -> String {
        excerpt(String(decoding: bytes, as: UTF8.self), redactor: redactor, limit: limit)
    }

    public static func excerpt(_ text: String, redactor: Redactor, limit: Int = defaultLimit) -> String {
        let visibleText = visible(redactor.redact(text))
        guard visibleText.count > limit else { return visibleText }
        return String(visibleText.prefix(limit)) + "…"
    }

    /// Whitespace runs (newlines, tabs) folded into one space, then everything else unsafe made visible by the
    /// one text-safety policy (`VisibleText`): a quote never moves the cursor or recolours the terminal.
    public static func visible(_ text: String) -> String {
        var folded = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" {
                if !lastWasSpace { folded += " " }
                lastWasSpace = true
            } else {
                folded.unicodeScalars.append(scalar)
                lastWasSpace = false
            }
        }
        return VisibleText.escape(folded)
    }
}
