import Words

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
        case missingField(CredentialsFieldPhrase)
    }

    /// Which setting was wrong: the webhook URL or one of the OAuth settings.
    public var field: CredentialsFieldPhrase
    public var problem: Problem

    public init(field: CredentialsFieldPhrase, problem: Problem) { (self.field, self.problem) = (field, problem) }

    /// In English, for logs and callers that want the text.
    public var description: String { phrase.english }

    /// The words of this error as a key of the catalogue.
    public var phrase: CredentialsPhrase {
        switch problem {
        case .empty: .empty(field: field)
        case .notAURL: .notAURL(field: field)
        case .unsupportedScheme(let scheme):
            .unsupportedScheme(field: field, scheme: ExcerptSanitizer.visible(String(scheme.prefix(16))))
        case .insecureHTTP(let host): .insecureHTTP(field: field, host: ExcerptSanitizer.visible(host))
        case .missingHost: .missingHost(field: field)
        case .invalidPort: .invalidPort(field: field)
        case .unexpectedUserInfo: .unexpectedUserInfo(field: field)
        case .notAWebhookPath: .notAWebhookPath(field: field)
        case .missingUserID: .missingUserID(field: field)
        case .invalidUserID: .invalidUserID(field: field)
        case .missingCode: .missingCode(field: field)
        case .invalidCode: .invalidCode(field: field)
        case .unexpectedPath: .unexpectedPath(field: field)
        case .unexpectedQuery: .unexpectedQuery(field: field)
        case .missingField(let name): .missingField(field: field, name: name)
        }
    }
}
