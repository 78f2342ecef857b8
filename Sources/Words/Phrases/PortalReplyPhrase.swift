/// What the portal said when it refused, as the REST errors quote it in parentheses: its `error` code and its
/// `error_description` (the portal's own words, never translated), or the HTTP status when it sent neither.
public enum PortalReplyPhrase: Phrase {
    /// "CODE: text".
    case codeAndText(code: String, text: String)
    case code(String)
    case text(String)
    /// No error envelope: "HTTP 404".
    case status(Int)
}
