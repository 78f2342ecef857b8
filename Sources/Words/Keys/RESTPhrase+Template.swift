extension RESTPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .webhookRefused(let reply), .accessTokenRefused(let reply), .refreshTokenRefused(let reply),
             .missingUnknownScope(let reply), .missingRight(let reply), .wrongAuthType(let reply),
             .invalidRequest(let reply), .overload(let reply), .notFound(let reply), .portalDeleted(let reply),
             .titleExists(let reply), .maxCloudPBX(let reply), .refused(let reply):
            call(["reply": reply])
        case .missingScope(let scope, let reply): call(["scope": scope, "reply": reply])
        case .rateLimited(let attempts, let reply): call(["attempts": attempts, "reply": reply])
        case .operatingLimit(let portalText, let resetAt):
            resetAt.map { call(["portalText": portalText, "resetAt": $0]) }
                ?? call(["portalText": portalText], variant: "withoutReset")
        case .methodNotFound(let method, let reply): call(["method": method, "reply": reply])
        case .fieldErrors(let messages): call(["messages": messages])
        case .serverFault(let status, let code, let text): call(["status": status, "code": code, "text": text])
        case .transport(let failure): call(["failure": failure])
        case .invalidCredentials(let problem): call(["problem": problem])
        case .unexpectedAnswer(let status, let excerpt): call(["status": status, "excerpt": excerpt])
        case .emptyAnswer(let status), .redirectWithoutLocation(let status): call(["status": status])
        case .secondRedirect(let status, let location), .insecureRedirect(let status, let location):
            call(["status": status, "location": location])
        default: call()
        }
    }
}
