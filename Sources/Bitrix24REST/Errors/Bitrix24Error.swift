import Platform

/// Every way a Bitrix24 call can fail, classified by the portal's `error` code (case-insensitive), the HTTP status
/// only as a fallback. Callers switch on the case; `description` is a redacted sentence a support person can act on.
public enum Bitrix24Error: Error, Sendable, Hashable {
    public enum AuthenticationProblem: Sendable, Hashable {
        /// `NO_AUTH_FOUND`, `INVALID_CREDENTIALS` (or a bare 401): the webhook is wrong or revoked.
        case credentialsRejected
        /// `expired_token`/`invalid_token` that a refresh could not cure (or there is no refresh: a webhook).
        case tokenRejected
        /// The OAuth server refused the refresh token (`invalid_grant`): the app must be connected again.
        case refreshRejected
    }

    /// The webhook or the tokens were refused.
    case authentication(AuthenticationProblem, PortalMessage)
    /// `insufficient_scope`; `scope` is the scope the method needs when known (`telephony` for `voximplant.*`).
    case missingScope(scope: String?, PortalMessage)
    /// `ACCESS_DENIED`: the user lacks the right (for telephony: "Manage numbers — modify"), or the plan has no REST.
    case missingRight(PortalMessage)
    /// `WRONG_AUTH_TYPE`: the method needs an application, not a webhook.
    case wrongAuthType(PortalMessage)
    /// `INVALID_REQUEST` (e.g. "Https required").
    case invalidRequest(PortalMessage)
    /// `QUERY_LIMIT_EXCEEDED` still after `attempts` tries. The call was not executed.
    case rateLimited(attempts: Int, PortalMessage)
    /// `OPERATION_TIME_LIMIT`: the method used its time budget; `resetAt` when the portal said when it resets.
    case operatingLimit(resetAt: Date?, PortalMessage)
    /// `OVERLOAD_LIMIT`: the portal's administrator blocked REST for overload.
    case overload(PortalMessage)
    /// `ERROR_METHOD_NOT_FOUND`: the method (its module, e.g. telephony) does not exist on this portal.
    case methodNotFound(method: String?, PortalMessage)
    /// `ERROR_NOT_FOUND`, `REG_ID_NOT_FOUND`: the line or registration does not exist.
    case notFound(PortalMessage)
    /// `PORTAL_DELETED`.
    case portalDeleted(PortalMessage)
    /// `CHECK_FIELDS_ERROR`: one message per problem (the portal joins them with `<br>`).
    case fieldErrors([String], PortalMessage)
    /// `TITLE_EXISTS`: a line of the portal already has this title.
    case titleExists(PortalMessage)
    /// `MAX_CLOUD_PBX`: the portal already has its maximum of cloud lines.
    case maxCloudPBX(PortalMessage)
    /// `INTERNAL_SERVER_ERROR`, `ERROR_UNEXPECTED_ANSWER`, or an HTTP 5xx. The call may have run.
    case serverFault(PortalMessage)
    /// Any other error code the portal sent.
    case refused(PortalMessage)
    /// No HTTP answer at all.
    case transport(TransportFailure)
    /// An answer that is not Bitrix24's envelope (HTML page, truncated JSON, empty body); `excerpt` is redacted,
    /// at most ~200 characters with control characters made visible.
    case unexpectedAnswer(status: Int, excerpt: String)
    /// The portal answered with a redirect the client will not follow: a second one, one to a plain-http address,
    /// or one without a usable `Location`. `location` is redacted.
    case redirectRefused(status: Int, location: String?, reason: RedirectProblem)

    /// The credentials cannot be used as they are (e.g. OAuth endpoints over plain http to a public host);
    /// nothing was sent.
    case invalidCredentials(CredentialsError)

    public enum RedirectProblem: Sendable, Hashable {
        case secondRedirect
        case insecureTarget
        case missingLocation
    }

    /// The portal's `error` code when there was one (original case).
    public var code: String? { portalMessage?.code }

    /// The portal's `error_description`, redacted.
    public var portalDescription: String? { portalMessage?.text }

    /// The HTTP status of the answer, when there was one.
    public var httpStatus: Int? {
        switch self {
        case .transport, .invalidCredentials: return nil
        case .unexpectedAnswer(let status, _), .redirectRefused(let status, _, _): return status
        default: return portalMessage?.status
        }
    }

    public var portalMessage: PortalMessage? {
        switch self {
        case .authentication(_, let message), .missingScope(_, let message), .missingRight(let message),
            .wrongAuthType(let message), .invalidRequest(let message), .rateLimited(_, let message),
            .operatingLimit(_, let message), .overload(let message), .methodNotFound(_, let message),
            .notFound(let message), .portalDeleted(let message), .fieldErrors(_, let message),
            .titleExists(let message), .maxCloudPBX(let message), .serverFault(let message), .refused(let message):
            return message
        case .transport, .unexpectedAnswer, .redirectRefused, .invalidCredentials:
            return nil
        }
    }

    /// True when the request may have reached the portal and run there: the connection broke or timed out after the
    /// request was (possibly) sent, a 5xx, a garbage or cut-short answer. False for failures before sending (refused,
    /// DNS, TLS, connect timeout) and for every clean error envelope (the portal answered that it did not do it).
    public var mayHaveExecuted: Bool {
        switch self {
        case .transport(let failure): return failure.mayHaveExecuted
        case .serverFault, .unexpectedAnswer: return true
        default: return false
        }
    }
}
