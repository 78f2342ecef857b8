import Foundation
import Testing
import BitrixJSON
@testable import Bitrix24REST

@Suite struct EnvelopeDecodingTests {
    func success(_ fixture: String, status: Int = 200) throws -> Bitrix24Response {
        try EnvelopeDecoder.decode(status: status, body: Fixture.bytes(fixture), method: "voximplant.sip.add").get()
    }

    func failure(_ fixture: String, status: Int, method: String = "voximplant.sip.add") throws -> Bitrix24Error {
        switch EnvelopeDecoder.decode(status: status, body: try Fixture.bytes(fixture), method: method) {
        case .success(let response):
            Issue.record("decoded \(fixture) as success: \(response)")
            throw Fixture.FixtureMissing(path: fixture)
        case .failure(let error): return error
        }
    }

    @Test func addCloud() throws {
        let response = try success("success/add_cloud.json")
        #expect(response.result["CONFIG_ID"]?.intValue == 42)
        #expect(response.result["ID"]?.intValue == 17)
        #expect(response.result["REG_ID"]?.intValue == 150907)
        #expect(response.result["TITLE"]?.stringValue == "Офис Москва")
        #expect(response.result["OUTBOUND_PROXY"]?.isEmptyValue == true)
        #expect(response.result["AUTH_USER"]?.isEmptyValue == true)
        #expect(response.result["DETECT_LINE_NUMBER"]?.boolValue == false)
        #expect(response.total == nil)
        #expect(response.next == nil)
        let time = try #require(response.time)
        #expect(time.start == 1764320000.1234)
        #expect(time.duration == 0.4444)
        #expect(time.processing == 0.4321)
        #expect(time.dateStart == "2026-11-28T10:00:00+03:00")
        #expect(time.operating == 0.4)
        #expect(time.operatingResetAt == Date(timeIntervalSince1970: 1764320600))
    }

    @Test func addOffice() throws {
        let response = try success("success/add_office.json")
        #expect(response.result["CONFIG_ID"]?.intValue == 43)
        #expect(response.result["ID"]?.intValue == 18)
        #expect(response.result["INCOMING_SERVER"]?.stringValue == "ip.b24-4711.bitrixphone.com")
        #expect(response.result["INCOMING_LOGIN"]?.stringValue == "sip_43")
        #expect(response.result["INCOMING_PASSWORD"]?.stringValue == "inc0ming-S3cret")
        #expect(response.result["REG_ID"] == nil)
        #expect(response.result["REGISTRATION_STATUS_CODE"]?.isEmptyValue == true)
    }

    @Test func getWithStrings() throws {
        let response = try success("success/get_strings.json")
        let rows = try #require(response.result.arrayValue)
        #expect(rows.count == 2)
        #expect(rows[0]["REG_ID"]?.intValue == 150907)
        #expect(rows[1]["config_id"]?.intValue == 43)
        #expect(response.total == 2)
        #expect(response.next == nil)
        // time fields as strings are read as numbers too
        #expect(response.time?.start == 1764320000.1234)
        #expect(response.time?.operatingResetAt == Date(timeIntervalSince1970: 1764320600))
    }

    @Test func emptyGetWithoutTotal() throws {
        let response = try success("success/get_empty.json")
        #expect(response.result == .array([]))
        #expect(response.total == nil)
        #expect(response.next == nil)
    }

    @Test func getWithNext() throws {
        let response = try success("success/get_next.json")
        #expect(response.result.arrayValue?.count == 50)
        #expect(response.next == 50)
        #expect(response.total == 73)
    }

    @Test func status() throws {
        let response = try success("success/status.json")
        #expect(response.result["STATUS_RESULT"]?.stringValue == "error")
        #expect(response.result["STATUS_CODE"]?.intValue == 502)
        #expect(response.result["ERROR_MESSAGE"]?.stringValue == "Unable to resolve hostname")
        #expect(response.result["LAST_UPDATED"]?.stringValue == "2026-11-28 10:00:05")
    }

    @Test func connectorStatus() throws {
        let response = try success("success/connector_status.json")
        #expect(response.result["FREE_MINUTES"]?.intValue == 5)
        #expect(response.result["PAID"]?.boolValue == true)
        #expect(response.result["PAID_DATE_END"]?.stringValue == "2027-01-31")
    }

    @Test func scalarResults() throws {
        #expect(try EnvelopeDecoder.decode(status: 200, body: Array(#"{"result":true}"#.utf8)).get().result == true)
        #expect(try EnvelopeDecoder.decode(status: 200, body: Array(#"{"result":1,"time":null}"#.utf8)).get().result == 1)
        #expect(try EnvelopeDecoder.decode(status: 200, body: Array(#"{"result":null}"#.utf8)).get().result == .null)
    }

    // Every row of the API doc's error table, with its usual HTTP status.
    @Test func errorTable() throws {
        let meta = { (code: String, status: Int, text: String) in PortalMessage(code: code, text: text, status: status) }
        #expect(try failure("errors/NO_AUTH_FOUND.json", status: 401)
            == .authentication(.credentialsRejected, meta("NO_AUTH_FOUND", 401, "Wrong authorization data")))
        #expect(try failure("errors/INVALID_CREDENTIALS.json", status: 403)
            == .authentication(.credentialsRejected, meta("INVALID_CREDENTIALS", 403, "Invalid request credentials")))
        #expect(try failure("errors/expired_token.json", status: 401)
            == .authentication(.tokenRejected, meta("expired_token", 401, "The access token provided has expired.")))
        #expect(try failure("errors/invalid_token.json", status: 401)
            == .authentication(.tokenRejected, meta("invalid_token", 401, "The access token provided is invalid.")))
        #expect(try failure("errors/insufficient_scope.json", status: 403)
            == .missingScope(scope: "telephony", meta("insufficient_scope", 403,
                "The request requires higher privileges than provided by the webhook token")))
        #expect(try failure("errors/insufficient_scope.json", status: 403, method: "crm.deal.add")
            == .missingScope(scope: nil, meta("insufficient_scope", 403,
                "The request requires higher privileges than provided by the webhook token")))
        #expect(try failure("errors/ACCESS_DENIED.json", status: 403)
            == .missingRight(meta("ACCESS_DENIED", 403, "Access denied!")))
        #expect(try failure("errors/WRONG_AUTH_TYPE.json", status: 403)
            == .wrongAuthType(meta("WRONG_AUTH_TYPE", 403, "Current authorization type is denied for this method")))
        #expect(try failure("errors/INVALID_REQUEST.json", status: 400)
            == .invalidRequest(meta("INVALID_REQUEST", 400, "Https required.")))
        #expect(try failure("errors/ERROR_METHOD_NOT_FOUND.json", status: 404)
            == .methodNotFound(method: "voximplant.sip.add", meta("ERROR_METHOD_NOT_FOUND", 404, "Method not found!")))
        #expect(try failure("errors/QUERY_LIMIT_EXCEEDED.json", status: 503)
            == .rateLimited(attempts: 1, meta("QUERY_LIMIT_EXCEEDED", 503, "Too many requests")))
        #expect(try failure("errors/OVERLOAD_LIMIT.json", status: 503)
            == .overload(meta("OVERLOAD_LIMIT", 503, "REST API is blocked due to overload.")))
        #expect(try failure("errors/OPERATION_TIME_LIMIT.json", status: 429)
            == .operatingLimit(resetAt: Date(timeIntervalSince1970: 1764320600),
                               meta("OPERATION_TIME_LIMIT", 429, "Method is blocked due to operation time limit.")))
        #expect(try failure("errors/INTERNAL_SERVER_ERROR.json", status: 500)
            == .serverFault(meta("INTERNAL_SERVER_ERROR", 500, "Internal server error")))
        #expect(try failure("errors/ERROR_UNEXPECTED_ANSWER.json", status: 500)
            == .serverFault(meta("ERROR_UNEXPECTED_ANSWER", 500, "Server returned an unexpected response.")))
        #expect(try failure("errors/PORTAL_DELETED.json", status: 410)
            == .portalDeleted(meta("PORTAL_DELETED", 410, "Portal was deleted")))
        #expect(try failure("errors/TITLE_EXISTS.json", status: 400)
            == .titleExists(meta("TITLE_EXISTS", 400, "Connection with this title already exists")))
        #expect(try failure("errors/MAX_CLOUD_PBX.json", status: 400)
            == .maxCloudPBX(meta("MAX_CLOUD_PBX", 400, "Maximum number of cloud PBX reached")))
        #expect(try failure("errors/ERROR_NOT_FOUND.json", status: 404)
            == .notFound(meta("ERROR_NOT_FOUND", 404, "Config not found")))
        #expect(try failure("errors/REG_ID_NOT_FOUND.json", status: 400)
            == .notFound(meta("REG_ID_NOT_FOUND", 400, "Registration not found")))
    }

    @Test func fieldErrorsAreSplit() throws {
        let error = try failure("errors/CHECK_FIELDS_ERROR.json", status: 400)
        guard case .fieldErrors(let messages, let message) = error else {
            Issue.record("not field errors: \(error)")
            return
        }
        #expect(messages == ["Field TITLE is too long", "Server is empty", "Login is empty"])
        #expect(message.code == "CHECK_FIELDS_ERROR")
        #expect(error.description.contains("Field TITLE is too long; Server is empty; Login is empty"))
    }

    @Test func htmlPageIsUnexpectedAnswer() throws {
        let error = try failure("garbage/captive_portal.html", status: 200)
        guard case .unexpectedAnswer(let status, let excerpt) = error else {
            Issue.record("not unexpected answer: \(error)")
            return
        }
        #expect(status == 200)
        #expect(excerpt.hasPrefix("<!DOCTYPE html><html><head><title>Hotel Wi-Fi ^[[31mLogin</title>"))
        #expect(excerpt.count == ExcerptSanitizer.defaultLimit + 1)
        #expect(excerpt.hasSuffix("…"))
        #expect(!excerpt.contains("\u{1B}"))
        #expect(error.mayHaveExecuted)
        #expect(error.description.contains("not a Bitrix24 REST answer"))
    }

    @Test func gatewayPageIsServerFault() throws {
        let error = try failure("garbage/nginx_502.html", status: 502)
        #expect(error == .serverFault(PortalMessage(
            code: nil,
            text: "<html> <head><title>502 Bad Gateway</title></head> <body> <center><h1>502 Bad Gateway</h1></center> <hr><center>nginx</center> </body> </html> ",
            status: 502)))
        #expect(error.mayHaveExecuted)
    }

    @Test func truncatedJSONIsUnexpectedAndRedacted() throws {
        let error = try failure("garbage/truncated.json", status: 200)
        guard case .unexpectedAnswer(200, let excerpt) = error else {
            Issue.record("not unexpected answer: \(error)")
            return
        }
        #expect(excerpt.hasSuffix(#""PASSWORD": "****"#))
        #expect(!excerpt.contains("Pa55"))
        #expect(error.mayHaveExecuted)
    }

    @Test func emptyBodyAndForeignJSON() {
        #expect(EnvelopeDecoder.decode(status: 200, body: [UInt8]()) == .failure(.unexpectedAnswer(status: 200, excerpt: "")))
        #expect(EnvelopeDecoder.decode(status: 200, body: Array(#"{"status":"ok"}"#.utf8))
            == .failure(.unexpectedAnswer(status: 200, excerpt: #"{"status":"ok"}"#)))
        #expect(EnvelopeDecoder.decode(status: 200, body: Array("[1,2]".utf8))
            == .failure(.unexpectedAnswer(status: 200, excerpt: "[1,2]")))
        // A result under a non-2xx status is not trusted as success.
        #expect(EnvelopeDecoder.decode(status: 404, body: Array(#"{"result":1}"#.utf8))
            == .failure(.unexpectedAnswer(status: 404, excerpt: #"{"result":1}"#)))
    }

    @Test func descriptionIsMadeVisible() {
        let body = #"{"error":"ACCESS_DENIED","error_description":"Access\u001b[2J denied\n\u202Eevil"}"#
        let error = EnvelopeDecoder.decode(status: 403, body: Array(body.utf8))
        #expect(error == .failure(.missingRight(PortalMessage(
            code: "ACCESS_DENIED", text: "Access^[[2J denied <U+202E>evil", status: 403))))
    }
}
