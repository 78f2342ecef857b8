import Platform
import BitrixJSON

/// The one valid token pair of the sandbox's OAuth application. Each refresh replaces both tokens, so a refresh
/// token works once (`invalid_grant` afterwards), as on Bitrix24.
struct OAuthTokens: Codable, Sendable, Equatable {
    var clientID: String
    var accessToken: String
    var refreshToken: String
    var accessIssuedAt: Date
    /// Set by the `expireAccessToken` fault; cleared by the next refresh.
    var accessForcedExpired = false
}

enum OAuthCheck: Equatable {
    case valid
    case refused(PortalError)
}

extension PortalBook {
    /// Authentication of `POST /rest/<method>` by `auth=<access token>`.
    func checkAccessToken(_ token: String?, lifetime: Int, now: Date) -> OAuthCheck {
        guard let tokens, let token, !token.isEmpty else {
            return .refused(PortalError(code: "NO_AUTH_FOUND", description: "Wrong authorization data", status: 401))
        }
        guard token == tokens.accessToken else {
            return .refused(PortalError(code: "invalid_token", description: "Unable to get application by token", status: 401))
        }
        if tokens.accessForcedExpired || now.timeIntervalSince(tokens.accessIssuedAt) >= Double(lifetime) {
            return .refused(
                PortalError(code: "expired_token", description: "The access token provided has expired.", status: 401))
        }
        return .valid
    }

    /// `/oauth/token/` with `grant_type=refresh_token`: answers a new pair, or an OAuth error with its status.
    mutating func refreshTokens(
        _ parameters: CallParameters, app: SandboxOAuth, portalBase: String, now: Date
    ) -> (status: Int, body: JSONValue) {
        func failure(_ code: String, _ description: String, status: Int) -> (Int, JSONValue) {
            (status, ["error": .string(code), "error_description": .string(description)])
        }
        guard parameters.text("grant_type") == "refresh_token" else {
            return failure("unsupported_grant_type", "The grant type is not supported", status: 400)
        }
        guard parameters.text("client_id") == app.clientID, parameters.text("client_secret") == app.clientSecret else {
            return failure("invalid_client", "Invalid client credentials", status: 401)
        }
        guard var current = tokens, let offered = parameters.text("refresh_token"), !offered.isEmpty,
            offered == current.refreshToken
        else {
            return failure("invalid_grant", "Invalid grant", status: 400)
        }
        current.accessToken = randomHex(count: 40)
        current.refreshToken = randomHex(count: 40)
        current.accessIssuedAt = now
        current.accessForcedExpired = false
        tokens = current
        let domain = portalBase.split(separator: "/").dropFirst().first.map(String.init) ?? portalBase
        return (
            200,
            [
                "access_token": .string(current.accessToken),
                "refresh_token": .string(current.refreshToken),
                "expires": .int(Int64(now.timeIntervalSince1970) + Int64(app.accessTokenLifetime)),
                "expires_in": .int(Int64(app.accessTokenLifetime)),
                "scope": "telephony",
                "domain": .string(domain),
                "client_endpoint": .string(portalBase + "rest/"),
                "server_endpoint": .string(portalBase),
                "member_id": .string(app.memberID),
                "user_id": 1,
                "status": "L",
            ]
        )
    }
}
