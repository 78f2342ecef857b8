/// `Bitrix24Error`'s words: why a call to the portal failed, and what a support person does about it.
public enum RESTPhrase: Phrase {
    /// `NO_AUTH_FOUND`, `INVALID_CREDENTIALS` or a bare 401.
    case webhookRefused(reply: PortalReplyPhrase)
    /// The access token was refused even after a refresh.
    case accessTokenRefused(reply: PortalReplyPhrase)
    /// The OAuth server refused the refresh token.
    case refreshTokenRefused(reply: PortalReplyPhrase)
    /// `insufficient_scope` when the method's scope is known (`telephony`).
    case missingScope(scope: String, reply: PortalReplyPhrase)
    /// `insufficient_scope` for a method whose scope sipline does not know.
    case missingUnknownScope(reply: PortalReplyPhrase)
    /// `ACCESS_DENIED`.
    case missingRight(reply: PortalReplyPhrase)
    case wrongAuthType(reply: PortalReplyPhrase)
    case invalidRequest(reply: PortalReplyPhrase)
    /// `QUERY_LIMIT_EXCEEDED` still after `attempts` tries.
    case rateLimited(attempts: Int, reply: PortalReplyPhrase)
    /// `OPERATION_TIME_LIMIT`; `portalText` is the portal's description, `resetAt` an ISO 8601 time (UTC).
    case operatingLimit(portalText: String?, resetAt: String?)
    case overload(reply: PortalReplyPhrase)
    /// `ERROR_METHOD_NOT_FOUND`; `method` when known.
    case methodNotFound(method: String?, reply: PortalReplyPhrase)
    case notFound(reply: PortalReplyPhrase)
    case portalDeleted(reply: PortalReplyPhrase)
    /// `CHECK_FIELDS_ERROR` with the portal's messages (its own words).
    case fieldErrors(messages: [String])
    /// `CHECK_FIELDS_ERROR` without a description.
    case fieldErrorsWithoutDetails
    case titleExists(reply: PortalReplyPhrase)
    case maxCloudPBX(reply: PortalReplyPhrase)
    /// A 5xx or `INTERNAL_SERVER_ERROR`: the call may have run.
    case serverFault(status: Int, code: String?, text: String?)
    /// Any other code of the portal.
    case refused(reply: PortalReplyPhrase)
    /// No HTTP answer.
    case transport(TransportPhrase)
    /// Credentials that cannot be used; nothing was sent.
    case invalidCredentials(CredentialsPhrase)
    /// Not Bitrix24's envelope; `excerpt` is redacted and cut short.
    case unexpectedAnswer(status: Int, excerpt: String)
    /// Not Bitrix24's envelope: an empty body.
    case emptyAnswer(status: Int)
    /// A second redirect, not followed; `location` redacted.
    case secondRedirect(status: Int, location: String?)
    /// A redirect to plain http, not followed.
    case insecureRedirect(status: Int, location: String?)
    case redirectWithoutLocation(status: Int)
}
