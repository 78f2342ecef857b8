extension CredentialsPhrase {
    public var legacyEnglish: String {
        switch self {
        case .empty(let field):
            "The \(field.legacyEnglish) is empty. Copy it from the portal: Developer resources → Other → Inbound webhook."
        case .notAURL(let field):
            "The \(field.legacyEnglish) is not an address; expected https://PORTAL/rest/USER_ID/CODE/."
        case .unsupportedScheme(let field, let scheme):
            "The \(field.legacyEnglish) starts with \"\(scheme)\"; only https:// addresses are accepted."
        case .insecureHTTP(let field, let host):
            "The \(field.legacyEnglish) uses http:// to \(host); only https:// is accepted (http:// only for 127.0.0.1 or localhost)."
        case .missingHost(let field):
            "The \(field.legacyEnglish) has no portal host name; expected https://PORTAL/rest/USER_ID/CODE/."
        case .invalidPort(let field):
            "The \(field.legacyEnglish) has a port that is not a number between 1 and 65535."
        case .unexpectedUserInfo(let field):
            "The \(field.legacyEnglish) contains a user name before the host (\"…@\"); a webhook address has none."
        case .notAWebhookPath(let field):
            "The \(field.legacyEnglish) does not contain /rest/USER_ID/CODE/; copy the whole inbound webhook address from the portal."
        case .missingUserID(let field):
            "The \(field.legacyEnglish) lacks the user ID after /rest/; expected /rest/USER_ID/CODE/."
        case .invalidUserID(let field):
            "The user ID in the \(field.legacyEnglish) (the number after /rest/) is not a positive number."
        case .missingCode(let field):
            "The \(field.legacyEnglish) lacks the webhook code after the user ID; expected /rest/USER_ID/CODE/."
        case .invalidCode(let field):
            "The webhook code in the \(field.legacyEnglish) has characters a webhook code never has (only letters and digits)."
        case .unexpectedPath(let field):
            "The \(field.legacyEnglish) has an unexpected path after /rest/USER_ID/CODE/; remove everything after the code."
        case .unexpectedQuery(let field):
            "The \(field.legacyEnglish) contains \"?\" or \"#\"; a webhook address ends with /rest/USER_ID/CODE/."
        case .missingField(let field, let name):
            "The \(field.legacyEnglish): \(name.legacyEnglish) is empty."
        }
    }
}

extension CredentialsFieldPhrase {
    public var legacyEnglish: String {
        switch self {
        case .webhookURL: "webhook URL"
        case .oauthCredentials: "OAuth credentials"
        case .oauthClientEndpoint: "OAuth client endpoint"
        case .oauthServerEndpoint: "OAuth server endpoint"
        case .accessToken: "access token"
        case .refreshToken: "refresh token"
        case .clientID: "client id"
        case .clientSecret: "client secret"
        }
    }
}
