import Bitrix24REST
import Testing

@testable import SIPLineService

/// The one mapping from the client's errors to the service's, case by case.
@Suite struct ErrorMappingTests {
    static func message(_ code: String?, status: Int = 400) -> PortalMessage {
        PortalMessage(code: code, text: "text", status: status)
    }

    static let table: [(Bitrix24Error, SIPLineError.Kind)] = [
        (.authentication(.credentialsRejected, message("INVALID_CREDENTIALS", status: 401)), .authentication),
        (.authentication(.tokenRejected, message("expired_token", status: 401)), .authentication),
        (.authentication(.refreshRejected, message("invalid_grant")), .authentication),
        (.missingScope(scope: "telephony", message("insufficient_scope", status: 403)), .missingScope("telephony")),
        (.missingScope(scope: nil, message("insufficient_scope", status: 403)), .missingScope("telephony")),
        (.missingRight(message("ACCESS_DENIED", status: 403)), .missingRight),
        (.wrongAuthType(message("WRONG_AUTH_TYPE", status: 403)), .wrongAuthType),
        (.invalidRequest(message("INVALID_REQUEST")), .refused(code: "INVALID_REQUEST")),
        (.rateLimited(attempts: 6, message("QUERY_LIMIT_EXCEEDED", status: 503)), .unavailable),
        (.operatingLimit(resetAt: nil, message("OPERATION_TIME_LIMIT", status: 429)), .unavailable),
        (.overload(message("OVERLOAD_LIMIT", status: 503)), .unavailable),
        (.methodNotFound(method: "voximplant.sip.get", message("ERROR_METHOD_NOT_FOUND", status: 404)), .unavailable),
        (.notFound(message("ERROR_NOT_FOUND", status: 404)), .notFound),
        (.portalDeleted(message("PORTAL_DELETED", status: 410)), .unavailable),
        (.fieldErrors(["a", "b"], message("CHECK_FIELDS_ERROR")), .fieldErrors(["a", "b"])),
        (.titleExists(message("TITLE_EXISTS")), .titleExists),
        (.maxCloudPBX(message("MAX_CLOUD_PBX")), .maxCloudLines),
        (.serverFault(message("INTERNAL_SERVER_ERROR", status: 500)), .unavailable),
        (.refused(message("NEW_CODE")), .refused(code: "NEW_CODE")),
        (.transport(TransportFailure(kind: .connectionLost, target: "h:1")), .unavailable),
        (.unexpectedAnswer(status: 200, excerpt: "<html>"), .unavailable),
        (.redirectRefused(status: 302, location: nil, reason: .secondRedirect), .unavailable),
        (.invalidCredentials(CredentialsError(field: .oauthClientEndpoint, problem: .empty)), .authentication),
    ]

    @Test(arguments: 0..<table.count)
    func eachClientErrorHasItsKindCodeAndMessage(index: Int) {
        let (error, kind) = Self.table[index]
        let mapped = SIPLineError(error, subject: .lines)
        #expect(mapped.kind == kind)
        #expect(mapped.portalCode == error.code)
        #expect(mapped.message == error.description)
    }

    @Test func notFoundNamesWhatWasMissing() {
        let error = Bitrix24Error.notFound(Self.message("ERROR_NOT_FOUND"))
        #expect(SIPLineError(error, subject: .line(configID: 12)).message.hasPrefix("The portal has no line with CONFIG_ID 12. "))
        #expect(SIPLineError(error, subject: .registration(regID: 34)).message.hasPrefix("The portal has no registration with REG_ID 34. "))
        #expect(SIPLineError(error, subject: .lines).message == error.description)
    }
}
