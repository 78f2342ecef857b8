extension RESTPhrase {
    public var legacyEnglish: String {
        switch self {
        case .webhookRefused(let reply):
            "The portal refused the webhook (\(reply.legacyEnglish)): the address is wrong or the webhook was deleted. "
                + "Create an inbound webhook on the portal (Developer resources → Other → Inbound webhook) and paste its address."
        case .accessTokenRefused(let reply):
            "The portal refused the access token (\(reply.legacyEnglish)) even after a refresh. Connect the application to the portal again."
        case .refreshTokenRefused(let reply):
            "The OAuth server refused the refresh token (\(reply.legacyEnglish)): it expired or was revoked. "
                + "Connect the application to the portal again to get new tokens."
        case .missingScope(let scope, let reply):
            "The webhook lacks the \"\(scope)\" scope (\(reply.legacyEnglish)). Edit the webhook on the portal and tick "
                + "the \"\(scope)\" scope, or create a new webhook with it."
        case .missingUnknownScope(let reply):
            "The webhook lacks a scope this method needs (\(reply.legacyEnglish)). Edit the webhook on the portal and tick "
                + "a scope this method needs, or create a new webhook with it."
        case .missingRight(let reply):
            "The portal denied access (\(reply.legacyEnglish)): the webhook's user lacks the telephony right "
                + "\"Manage numbers — modify\" (Telephony → Access permissions), or the portal's plan has no REST access."
        case .wrongAuthType(let reply):
            "This method needs an application's OAuth token, not a webhook (\(reply.legacyEnglish))."
        case .invalidRequest(let reply):
            "The portal rejected the request as invalid (\(reply.legacyEnglish)). Check that the address uses https://."
        case .rateLimited(let attempts, let reply):
            "The portal kept refusing for too many requests (rate limit (\(reply.legacyEnglish))) after \(attempts) attempts. "
                + "Nothing was changed; wait a minute and try again."
        case .operatingLimit(let portalText, let resetAt):
            "This method used up its time budget on the portal (OPERATION_TIME_LIMIT\(portalText.map { ": \($0)" } ?? "")). "
                + "Nothing was changed."
                + (resetAt.map { " The limit resets at \($0)." } ?? " Try again in a few minutes.")
        case .overload(let reply):
            "The portal's administrator blocked REST calls because of overload (\(reply.legacyEnglish)). "
                + "Ask the portal's administrator to lift the block; retrying will not help."
        case .methodNotFound(let method, let reply):
            "The portal does not know the method\(method.map { " \($0)" } ?? "") (\(reply.legacyEnglish)): "
                + "its telephony module is missing or off."
        case .notFound(let reply):
            "The portal has no such line or registration (\(reply.legacyEnglish)). List the lines to see which exist."
        case .portalDeleted(let reply):
            "The portal was deleted (\(reply.legacyEnglish)). Check the portal address."
        case .fieldErrors(let messages):
            "The portal rejected the fields: \(messages.joined(separator: "; "))."
        case .fieldErrorsWithoutDetails:
            "The portal rejected the fields: no details given."
        case .titleExists(let reply):
            "The portal already has a line with this title (\(reply.legacyEnglish)) (perhaps one this webhook cannot see). "
                + "Choose another title."
        case .maxCloudPBX(let reply):
            "The portal already has its maximum of cloud PBX lines (\(reply.legacyEnglish)). "
                + "Choose an office PBX line, or remove a cloud line first."
        case .serverFault(let status, let code, let text):
            "The portal had an internal error (HTTP \(status)\(code.map { ", \($0)" } ?? ""))"
                + (text.map { ": \($0)" } ?? "")
                + ". The call may or may not have been carried out; check before repeating it."
        case .refused(let reply):
            "The portal refused the call (\(reply.legacyEnglish))."
        case .transport(let failure):
            failure.legacyEnglish
        case .invalidCredentials(let problem):
            problem.legacyEnglish + " Nothing was sent."
        case .unexpectedAnswer(let status, let excerpt):
            "The answer (HTTP \(status)) is not a Bitrix24 REST answer: \"\(excerpt)\". "
                + "Check the portal address, and any proxy between here and the portal. The call may have been carried out."
        case .emptyAnswer(let status):
            "The answer (HTTP \(status)) is not a Bitrix24 REST answer: an empty body. "
                + "Check the portal address, and any proxy between here and the portal. The call may have been carried out."
        case .secondRedirect(let status, let location):
            "The portal redirected a second time (HTTP \(status)\(location.map { " to \($0)" } ?? "")); not followed, "
                + "because the request carries secrets. Update the portal address in the configuration."
        case .insecureRedirect(let status, let location):
            "The portal redirected to a plain http:// address (HTTP \(status)\(location.map { " to \($0)" } ?? "")); "
                + "not followed, because the request carries secrets. Check the portal address."
        case .redirectWithoutLocation(let status):
            "The portal answered with a redirect (HTTP \(status)) but no usable address to go to."
        }
    }
}
