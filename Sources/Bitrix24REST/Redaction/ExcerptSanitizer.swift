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

    /// Control characters as caret notation (`ESC` → `^[`, `DEL` → `^?`), C1, bidirectional controls and the line
    /// and paragraph separators as `<U+XXXX>`,
    /// whitespace runs (newlines, tabs) as one space: a quote never moves the cursor or recolours the terminal.
    public static func visible(_ text: String) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if scalar == " " || scalar == "\n" || scalar == "\r" || scalar == "\t" {
                if !lastWasSpace { out += " " }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            if value < 0x20 {
                out += "^" + String(Unicode.Scalar(UInt8(value + 0x40)))
            } else if value == 0x7F {
                out += "^?"
            } else if (0x80...0x9F).contains(value) || (0x202A...0x202E).contains(value)
                || (0x2066...0x2069).contains(value) || value == 0x200E || value == 0x200F || value == 0xFEFF
                || value == 0x061C || value == 0x2028 || value == 0x2029
            {
                out += "<U+" + String(value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
