import BitrixJSON

/// Builds the HTTP request of one REST call.
///
/// Webhook calls POST to `baseURL + method` (no `.json` suffix: the portal answers JSON either way and the shorter
/// form is what its own docs show); OAuth calls POST to `clientEndpoint + method` with `auth` in the JSON body, so the
/// token never sits in a URL. Parameters are sent as one JSON object.
enum RequestEncoder {
    static func call(
        method: String, params: [String: JSONValue], credentials: PortalCredentials, userAgent: String,
        url overrideURL: String? = nil
    ) -> HTTPExchangeRequest {
        var body = params
        let url: String
        switch credentials {
        case .webhook(let webhook):
            url = webhook.baseURL + method
        case .oauth(let oauth):
            url = oauth.clientEndpoint + method
            body["auth"] = .string(oauth.accessToken)
        }
        return HTTPExchangeRequest(
            method: .post, url: overrideURL ?? url,
            headers: [
                HTTPHeader("Content-Type", "application/json"),
                HTTPHeader("Accept", "application/json"),
                HTTPHeader("User-Agent", userAgent),
            ],
            body: Array(JSONValue.object(body).serialized().utf8))
    }

    /// GET `serverEndpoint/oauth/token/?grant_type=refresh_token&client_id&client_secret&refresh_token`.
    static func refresh(_ oauth: OAuthCredentials, userAgent: String) -> HTTPExchangeRequest {
        let query = [
            ("grant_type", "refresh_token"), ("client_id", oauth.clientID), ("client_secret", oauth.clientSecret),
            ("refresh_token", oauth.refreshToken),
        ].map { "\($0.0)=\(Redactor.percentEncoded($0.1))" }.joined(separator: "&")
        return HTTPExchangeRequest(
            method: .get, url: oauth.serverEndpoint + "oauth/token/?" + query,
            headers: [HTTPHeader("Accept", "application/json"), HTTPHeader("User-Agent", userAgent)])
    }

    /// Parameter keys whose string values are secrets (compared case-insensitively).
    static let secretParameterKeys: Set<String> = ["password", "incoming_password", "auth", "client_secret",
                                                   "access_token", "refresh_token"]

    /// Secret values among the call's parameters (nested objects included), for the redactor.
    static func secretValues(in params: [String: JSONValue]) -> [String] {
        var found: [String] = []
        func walk(_ value: JSONValue, key: String?) {
            switch value {
            case .object(let object):
                for (childKey, child) in object { walk(child, key: childKey) }
            case .array(let array):
                for child in array { walk(child, key: key) }
            case .string(let text):
                if let key, secretParameterKeys.contains(key.lowercased()) { found.append(text) }
            default:
                break
            }
        }
        walk(.object(params), key: nil)
        return found
    }
}
