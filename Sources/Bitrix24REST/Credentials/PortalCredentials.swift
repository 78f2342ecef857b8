/// How the client authenticates to one portal.
public enum PortalCredentials: Sendable, Hashable, CustomStringConvertible {
    case webhook(Webhook)
    case oauth(OAuthCredentials)

    /// For display: "b24-4711.bitrix24.com".
    public var portalHost: String {
        switch self {
        case .webhook(let webhook): return webhook.host
        case .oauth(let oauth):
            guard let address = oauth.portalAddress else { return oauth.clientEndpoint }
            return address.displayHost
        }
    }

    /// An address safe to print: the webhook with its code masked, or the OAuth client endpoint.
    public var redacted: String {
        switch self {
        case .webhook(let webhook): return webhook.redacted
        case .oauth(let oauth): return oauth.clientEndpoint
        }
    }

    public var description: String { redacted }

    /// The secrets a redactor must know to scrub messages about this portal.
    var secrets: [String] {
        switch self {
        case .webhook(let webhook): return [webhook.code]
        case .oauth(let oauth): return [oauth.accessToken, oauth.refreshToken, oauth.clientSecret]
        }
    }
}
