import Words

/// Everything that can go wrong in a SIP line call, classified so that a screen or a command can switch on it.
/// `phrase` is a redacted sentence a support person can act on; it never holds a secret.
public struct SIPLineError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// The draft broke a rule; nothing was sent.
        case invalidDraft([ValidationIssue])
        /// `TITLE_EXISTS`: the title is used by a line of the portal (maybe one this webhook cannot see).
        case titleExists
        /// `MAX_CLOUD_PBX`: the portal already has its maximum of cloud lines.
        case maxCloudLines
        /// `CHECK_FIELDS_ERROR`: the portal's messages, one per field problem.
        case fieldErrors([String])
        /// `ERROR_NOT_FOUND` / `REG_ID_NOT_FOUND`.
        case notFound
        /// Bad or revoked webhook, expired refresh token.
        case authentication
        /// `insufficient_scope`: the webhook lacks this scope (normally `telephony`).
        case missingScope(String)
        /// `ACCESS_DENIED`: the webhook's user lacks the right "Manage numbers — modify" (or the plan has no REST).
        case missingRight
        /// `WRONG_AUTH_TYPE`: the method needs an app, not a webhook.
        case wrongAuthType
        /// The portal could not be reached or did not answer as Bitrix24 does (connection, DNS, TLS, timeout, 5xx,
        /// garbage, rate-limit retries exhausted, overload, operating limit, method or portal missing).
        case unavailable
        /// Any other refusal of the portal, with its code.
        case refused(code: String)
    }

    public var kind: Kind
    /// The words for a person, as a key of the catalogue (a refusal of the portal carries the REST words).
    public var phrase: ServicePhrase
    /// The portal's `error` code when it sent one (e.g. `TITLE_EXISTS`), for `--json` output.
    public var portalCode: String?

    public init(kind: Kind, phrase: ServicePhrase, portalCode: String? = nil) {
        (self.kind, self.phrase, self.portalCode) = (kind, phrase, portalCode)
    }

    /// For callers not yet on the catalogue (the wizard's runtime and tests): the text is shown as it is in every
    /// language.
    public init(kind: Kind, message: String, portalCode: String? = nil) {
        self.init(kind: kind, phrase: .untranslated(message), portalCode: portalCode)
    }

    /// The sentence in English, for logs and English screens.
    public var message: String { phrase.english }

    public var description: String { message }
}
