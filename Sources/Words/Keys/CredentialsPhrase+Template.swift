extension CredentialsPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .empty(let field), .notAURL(let field), .missingHost(let field), .invalidPort(let field),
             .unexpectedUserInfo(let field), .notAWebhookPath(let field), .missingUserID(let field),
             .invalidUserID(let field), .missingCode(let field), .invalidCode(let field), .unexpectedPath(let field),
             .unexpectedQuery(let field):
            call(["field": field])
        case .unsupportedScheme(let field, let scheme): call(["field": field, "scheme": scheme])
        case .insecureHTTP(let field, let host): call(["field": field, "host": host])
        case .missingField(let field, let name): call(["field": field, "name": name])
        }
    }
}
