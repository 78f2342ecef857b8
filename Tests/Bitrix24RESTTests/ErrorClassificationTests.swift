import Foundation
import Testing
@testable import Bitrix24REST

@Suite struct ErrorClassificationTests {
    enum Expected: Sendable { case auth(Bitrix24Error.AuthenticationProblem), scope, right, wrongAuth, invalidRequest,
        rateLimited, operating, overload, methodNotFound, notFound, portalDeleted, fields, titleExists, maxCloud,
        serverFault, refused }

    static func matches(_ error: Bitrix24Error, _ expected: Expected) -> Bool {
        switch (error, expected) {
        case (.authentication(let got, _), .auth(let want)): return got == want
        case (.missingScope, .scope), (.missingRight, .right), (.wrongAuthType, .wrongAuth),
             (.invalidRequest, .invalidRequest), (.rateLimited, .rateLimited), (.operatingLimit, .operating),
             (.overload, .overload), (.methodNotFound, .methodNotFound), (.notFound, .notFound),
             (.portalDeleted, .portalDeleted), (.fieldErrors, .fields), (.titleExists, .titleExists),
             (.maxCloudPBX, .maxCloud), (.serverFault, .serverFault), (.refused, .refused):
            return true
        default: return false
        }
    }

    static let table: [(String, Expected)] = [
        ("no_auth_found", .auth(.credentialsRejected)), ("Invalid_Credentials", .auth(.credentialsRejected)),
        ("EXPIRED_TOKEN", .auth(.tokenRejected)), ("Invalid_Token", .auth(.tokenRejected)),
        ("invalid_grant", .auth(.refreshRejected)), ("INSUFFICIENT_SCOPE", .scope), ("access_denied", .right),
        ("Wrong_Auth_Type", .wrongAuth), ("invalid_request", .invalidRequest), ("query_limit_exceeded", .rateLimited),
        ("Operation_Time_Limit", .operating), ("overload_limit", .overload), ("error_method_not_found", .methodNotFound),
        ("error_not_found", .notFound), ("reg_id_not_found", .notFound), ("portal_deleted", .portalDeleted),
        ("check_fields_error", .fields), ("title_exists", .titleExists), ("Max_Cloud_PBX", .maxCloud),
        ("internal_server_error", .serverFault), ("error_unexpected_answer", .serverFault),
    ]

    // The code decides even when the status says something else (auth errors come as 401 or 403).
    @Test(arguments: table, [200, 400, 401, 403, 500])
    func codeWinsOverStatus(_ row: (String, Expected), status: Int) {
        let body = #"{"error":"\#(row.0)","error_description":"x"}"#
        guard case .failure(let error) = EnvelopeDecoder.decode(status: status, body: Array(body.utf8),
                                                                method: "voximplant.sip.add") else {
            Issue.record("\(row.0) decoded as success")
            return
        }
        #expect(Self.matches(error, row.1), "\(row.0) → \(error)")
        #expect(error.code == row.0)
        #expect(!error.mayHaveExecuted || row.1 == .serverFaultMarker)
    }

    @Test func statusFallbackForUnknownCode() {
        func decode(_ status: Int) -> Bitrix24Error? {
            if case .failure(let error) = EnvelopeDecoder.decode(
                status: status, body: Array(#"{"error":"SOMETHING_NEW","error_description":"?"}"#.utf8)) { return error }
            return nil
        }
        #expect(decode(401).map { Self.matches($0, .auth(.credentialsRejected)) } == true)
        #expect(decode(502).map { Self.matches($0, .serverFault) } == true)
        #expect(decode(400).map { Self.matches($0, .refused) } == true)
        #expect(decode(400)?.code == "SOMETHING_NEW")
        #expect(decode(400)?.mayHaveExecuted == false)
        #expect(decode(502)?.mayHaveExecuted == true)
    }

    @Test func statusFallbackWithoutEnvelope() {
        #expect(EnvelopeDecoder.decode(status: 401, body: Array("Unauthorized".utf8))
            == .failure(.authentication(.credentialsRejected, PortalMessage(code: nil, text: nil, status: 401))))
        #expect(EnvelopeDecoder.decode(status: 503, body: [UInt8]())
            == .failure(.serverFault(PortalMessage(code: nil, text: nil, status: 503))))
        #expect(EnvelopeDecoder.decode(status: 403, body: Array("Forbidden".utf8))
            == .failure(.unexpectedAnswer(status: 403, excerpt: "Forbidden")))
    }

    @Test func mayHaveExecutedForEveryCase() {
        let message = PortalMessage(code: "X", text: nil, status: 400)
        let notExecuted: [Bitrix24Error] = [
            .authentication(.credentialsRejected, message), .authentication(.tokenRejected, message),
            .authentication(.refreshRejected, message), .missingScope(scope: "telephony", message),
            .missingRight(message), .wrongAuthType(message), .invalidRequest(message),
            .rateLimited(attempts: 6, message), .operatingLimit(resetAt: nil, message), .overload(message),
            .methodNotFound(method: nil, message), .notFound(message), .portalDeleted(message),
            .fieldErrors(["a"], message), .titleExists(message), .maxCloudPBX(message), .refused(message),
            .redirectRefused(status: 302, location: nil, reason: .secondRedirect),
            .redirectRefused(status: 302, location: nil, reason: .insecureTarget),
            .transport(TransportFailure(kind: .refused, target: "h:443")),
            .transport(TransportFailure(kind: .dns, target: "h:443")),
            .transport(TransportFailure(kind: .tls, target: "h:443")),
            .transport(TransportFailure(kind: .connectTimeout, target: "h:443")),
            .transport(TransportFailure(kind: .proxy, target: "h:443")),
            .transport(TransportFailure(kind: .cancelled(sent: false), target: "h:443")),
            .invalidCredentials(CredentialsError(field: .oauthClientEndpoint, problem: .insecureHTTP(host: "h"))),
        ]
        let mayHaveExecuted: [Bitrix24Error] = [
            .serverFault(message), .unexpectedAnswer(status: 200, excerpt: ""),
            .transport(TransportFailure(kind: .timeoutAfterSend, target: "h:443")),
            .transport(TransportFailure(kind: .connectionLost, target: "h:443")),
            .transport(TransportFailure(kind: .answerTooLarge, target: "h:443")),
            .transport(TransportFailure(kind: .cancelled(sent: true), target: "h:443")),
            .transport(TransportFailure(kind: .other, target: "h:443")),
        ]
        for error in notExecuted { #expect(!error.mayHaveExecuted, "\(error)") }
        for error in mayHaveExecuted { #expect(error.mayHaveExecuted, "\(error)") }
        for error in notExecuted + mayHaveExecuted { #expect(!error.description.isEmpty) }
    }

    @Test func splitOnEveryBreakSpelling() {
        #expect(ErrorClassifier.splitFieldMessages("A<br>B<br/>C<br />D<BR>E< br>") == ["A", "B", "C", "D", "E< br>"])
        #expect(ErrorClassifier.splitFieldMessages(" <br> ") == [])
        #expect(ErrorClassifier.splitFieldMessages(nil) == [])
        #expect(ErrorClassifier.splitFieldMessages("Only one") == ["Only one"])
    }

    @Test func descriptionsAreActionable() {
        let message = PortalMessage(code: "insufficient_scope", text: nil, status: 403)
        #expect(Bitrix24Error.missingScope(scope: "telephony", message).description.contains("\"telephony\" scope"))
        #expect(Bitrix24Error.missingRight(PortalMessage(code: "ACCESS_DENIED", text: nil, status: 403))
            .description.contains("Manage numbers — modify"))
        #expect(Bitrix24Error.authentication(.refreshRejected, PortalMessage(code: "invalid_grant", text: nil, status: 400))
            .description.contains("Connect the application to the portal again"))
        let reset = Date(timeIntervalSince1970: 1764320600)
        #expect(Bitrix24Error.operatingLimit(resetAt: reset, PortalMessage(code: "OPERATION_TIME_LIMIT", text: nil, status: 429))
            .description.contains("2025-11-28T09:03:20Z"))
    }
}

extension ErrorClassificationTests.Expected: Equatable {
    static let serverFaultMarker = Self.serverFault
}
