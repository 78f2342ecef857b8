import BitrixJSON

/// Decodes the OAuth server's answer to a refresh: a new token pair, or why it was refused.
enum TokenRefreshDecoder {
    static func decode(
        status: Int, body: [UInt8], previous: OAuthCredentials, redactor: Redactor
    ) -> Result<OAuthCredentials, Bitrix24Error> {
        if let document = try? JSONValue.parse(body),
           let access = document["access_token"]?.stringValue, let refresh = document["refresh_token"]?.stringValue,
           document["error"]?.stringValue == nil
        {
            var renewed = previous
            renewed.accessToken = access
            renewed.refreshToken = refresh
            // Endpoints from the answer only when they keep the https rule; a downgrade would leak the next token.
            if let endpoint = document["client_endpoint"]?.stringValue, isAcceptable(endpoint) {
                renewed.clientEndpoint = OAuthCredentials.withTrailingSlash(endpoint)
            }
            if let endpoint = document["server_endpoint"]?.stringValue, isAcceptable(endpoint) {
                renewed.serverEndpoint = OAuthCredentials.withTrailingSlash(endpoint)
            }
            return .success(renewed)
        }
        switch EnvelopeDecoder.decode(status: status, body: body, method: nil, redactor: redactor) {
        case .failure(let error):
            if case .authentication(_, let message) = error {
                return .failure(.authentication(.refreshRejected, message))
            }
            return .failure(error)
        case .success:
            // JSON with `result` but no tokens: not what the OAuth server sends.
            return .failure(.unexpectedAnswer(
                status: status, excerpt: ExcerptSanitizer.excerpt(body, redactor: redactor)))
        }
    }

    private static func isAcceptable(_ endpoint: String) -> Bool {
        (try? PortalAddress.parse(endpoint))?.isAcceptablySecure ?? false
    }
}
