/// Why portal credentials were refused before anything was sent. The description names the field and the problem
/// and never quotes a secret (the webhook code, tokens, the client secret).
public struct CredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Problem: Sendable, Hashable {
        case empty
        /// Not of the shape `scheme://host/...`.
        case notAURL
        /// A scheme other than `https` (or `http` for loopback); carries the scheme as typed (not secret).
        case unsupportedScheme(String)
        /// `http://` to a host that is not loopback: the password would cross the network in clear text.
        case insecureHTTP(host: String)
        case missingHost
        case invalidPort
        /// `user:password@` before the host: not part of a webhook address.
        case unexpectedUserInfo
        /// The path does not start with `/rest/`.
        case notAWebhookPath
        case missingUserID
        case invalidUserID
        case missingCode
        case invalidCode
        /// Something after `/rest/<user>/<code>/<method>`, or a method name with characters no method has.
        case unexpectedPath
        /// A `?query` or `#fragment`: webhook addresses carry neither.
        case unexpectedQuery
        /// An OAuth field that must not be empty (names the field, never its value).
        case missingField(String)
    }

    /// Which setting was wrong, e.g. "webhook URL" or "OAuth client endpoint".
    public var field: String
    public var problem: Problem

    public init(field: String, problem: Problem) {
        self.field = field
        self.problem = problem
    }

    public var description: String {
        switch problem {
        case .empty:
            return "The \(field) is empty. Copy it from the portal: Developer resources → Other → Inbound webhook."
        case .notAURL:
            return "The \(field) is not an address; expected https://PORTAL/rest/USER_ID/CODE/."
        case .unsupportedScheme(let scheme):
            return "The \(field) starts with \"\(ExcerptSanitizer.visible(String(scheme.prefix(16))))\"; only https:// addresses are accepted."
        case .insecureHTTP(let host):
            return "The \(field) uses http:// to \(ExcerptSanitizer.visible(host)); only https:// is accepted (http:// only for 127.0.0.1 or localhost)."
        case .missingHost:
            return "The \(field) has no portal host name; expected https://PORTAL/rest/USER_ID/CODE/."
        case .invalidPort:
            return "The \(field) has a port that is not a number between 1 and 65535."
        case .unexpectedUserInfo:
            return "The \(field) contains a user name before the host (\"…@\"); a webhook address has none."
        case .notAWebhookPath:
            return "The \(field) does not contain /rest/USER_ID/CODE/; copy the whole inbound webhook address from the portal."
        case .missingUserID:
            return "The \(field) lacks the user ID after /rest/; expected /rest/USER_ID/CODE/."
        case .invalidUserID:
            return "The user ID in the \(field) (the number after /rest/) is not a positive number."
        case .missingCode:
            return "The \(field) lacks the webhook code after the user ID; expected /rest/USER_ID/CODE/."
        case .invalidCode:
            return "The webhook code in the \(field) has characters a webhook code never has (only letters and digits)."
        case .unexpectedPath:
            return "The \(field) has an unexpected path after /rest/USER_ID/CODE/; remove everything after the code."
        case .unexpectedQuery:
            return "The \(field) contains \"?\" or \"#\"; a webhook address ends with /rest/USER_ID/CODE/."
        case .missingField(let name):
            return "The \(field): \(name) is empty."
        }
    }
}
