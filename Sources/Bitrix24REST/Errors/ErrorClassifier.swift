/// Maps the portal's `error` code (case-insensitive) to a case; the HTTP status decides only when the code is unknown.
enum ErrorClassifier {
    static func classify(
        code: String, description: String?, status: Int, time: ResponseTime?, method: String?
    ) -> Bitrix24Error {
        let message = PortalMessage(code: code, text: description, status: status)
        switch code.uppercased() {
        case "NO_AUTH_FOUND", "INVALID_CREDENTIALS", "AUTHORIZATION_ERROR":
            return .authentication(.credentialsRejected, message)
        case "EXPIRED_TOKEN", "INVALID_TOKEN":
            return .authentication(.tokenRejected, message)
        case "INVALID_GRANT":
            return .authentication(.refreshRejected, message)
        case "INSUFFICIENT_SCOPE":
            return .missingScope(scope: method.flatMap(requiredScope(of:)), message)
        case "ACCESS_DENIED":
            return .missingRight(message)
        case "WRONG_AUTH_TYPE":
            return .wrongAuthType(message)
        case "INVALID_REQUEST":
            return .invalidRequest(message)
        case "QUERY_LIMIT_EXCEEDED":
            return .rateLimited(attempts: 1, message)
        case "OPERATION_TIME_LIMIT":
            return .operatingLimit(resetAt: time?.operatingResetAt, message)
        case "OVERLOAD_LIMIT":
            return .overload(message)
        case "ERROR_METHOD_NOT_FOUND":
            return .methodNotFound(method: method, message)
        case "ERROR_NOT_FOUND", "NOT_FOUND", "REG_ID_NOT_FOUND":
            return .notFound(message)
        case "PORTAL_DELETED":
            return .portalDeleted(message)
        case "CHECK_FIELDS_ERROR":
            return .fieldErrors(splitFieldMessages(description), message)
        case "TITLE_EXISTS":
            return .titleExists(message)
        case "MAX_CLOUD_PBX":
            return .maxCloudPBX(message)
        case "INTERNAL_SERVER_ERROR", "ERROR_UNEXPECTED_ANSWER":
            return .serverFault(message)
        default:
            return classify(status: status, message: message)
        }
    }

    /// Fallback for an unknown code, or an answer without an envelope (then `message.code` is nil).
    static func classify(status: Int, message: PortalMessage) -> Bitrix24Error {
        switch status {
        case 401: return .authentication(.credentialsRejected, message)
        case 500...599: return .serverFault(message)
        default: return .refused(message)
        }
    }

    /// `voximplant.*` and `telephony.*` need the `telephony` scope; other families are not this product's business.
    static func requiredScope(of method: String) -> String? {
        let lowered = method.lowercased()
        if lowered.hasPrefix("voximplant.") || lowered.hasPrefix("telephony.") { return "telephony" }
        return nil
    }

    /// "Field TITLE is too long<br>Server is empty" → ["Field TITLE is too long", "Server is empty"].
    /// Splits on `<br>`, `<br/>`, `<br />` (any case), trims, drops empties.
    static func splitFieldMessages(_ description: String?) -> [String] {
        guard let description else { return [] }
        return description.split(separator: lineBreak).map(\.trimmedWhitespace).filter { !$0.isEmpty }
    }

    nonisolated(unsafe) private static let lineBreak = try! Regex(#"<br\s*/?>"#).ignoresCase()
}
