import BitrixJSON
import Testing

@testable import SIPLineService

/// The lenient readers of lines, statuses and the connector, on answers shaped as real portals send them.
@Suite struct DecodingTests {
    static func json(_ text: String) throws -> JSONValue { try JSONValue.parse(text) }

    @Test func cloudAddResultWithMixedNumbers() throws {
        let line = try CreatedLine(json: Self.json("""
            {"ID": 17, "CONFIG_ID": "42", "TYPE": "cloud", "TITLE": "Офис Москва", "SERVER": "sip.provider.example",
             "LOGIN": "100500", "PASSWORD": "Pa55-w0rd!XYZ", "AUTH_USER": "", "OUTBOUND_PROXY": null,
             "DETECT_LINE_NUMBER": "N", "LINE_DETECT_HEADER_ORDER": "diversion;to", "REGISTRATION_STATUS_CODE": 0,
             "REGISTRATION_ERROR_MESSAGE": "", "REG_ID": 150907}
            """))
        // The typed fields; `returned` keeps the answer as sent (checked below).
        var typed = line
        typed.returned = [:]
        #expect(typed == CreatedLine(
            id: 17, configID: 42, type: .cloud, title: "Офис Москва", server: "sip.provider.example", login: "100500",
            password: "Pa55-w0rd!XYZ", authUser: nil, outboundProxy: nil, detectLineNumber: false,
            lineDetectHeaderOrder: "diversion;to", registrationStatusCode: 0, registrationErrorMessage: nil,
            regID: 150907, returned: [:]))
        #expect(line.returned["AUTH_USER"] == .text("") && line.returned["OUTBOUND_PROXY"] == .null)
        #expect(line.returned.count == 14)
    }

    @Test func officeAddResultKeepsTheIncomingCredentials() throws {
        let line = try CreatedLine(json: Self.json("""
            {"ID": "18", "CONFIG_ID": 43, "TYPE": "office", "TITLE": "Office PBX", "SERVER": "pbx.office.example:5060",
             "LOGIN": "200", "PASSWORD": "x", "AUTH_USER": null, "DETECT_LINE_NUMBER": "Y",
             "REGISTRATION_STATUS_CODE": null, "INCOMING_SERVER": "ip.b24-4711.bitrixphone.com",
             "INCOMING_LOGIN": "sip_43", "INCOMING_PASSWORD": "inc0ming-S3cret"}
            """))
        #expect(line.id == 18)
        #expect(line.configID == 43)
        #expect(line.type == .office)
        #expect(line.detectLineNumber == true)
        #expect(line.registrationStatusCode == nil)
        #expect(line.incomingServer == "ip.b24-4711.bitrixphone.com")
        #expect(line.incomingLogin == "sip_43")
        #expect(line.incomingPassword == "inc0ming-S3cret")
        #expect(line.otherFields.isEmpty)
        // Every key as the portal sent it, the empty ones too.
        #expect(line.returned["AUTH_USER"] == .null)
        #expect(line.returned["ID"] == .text("18"))
        #expect(line.returned.count == 13)
    }

    @Test func missingTypeIsInferredFromTheIncomingFields() throws {
        let office = try CreatedLine(json: Self.json(#"{"CONFIG_ID": "5", "INCOMING_SERVER": "ip.example", "TITLE": "A"}"#))
        #expect(office.type == .office)
        let cloud = try CreatedLine(json: Self.json(#"{"CONFIG_ID": "6", "REG_ID": "77", "TYPE": ""}"#))
        #expect(cloud.type == .cloud)
        #expect(cloud.regID == 77)
        #expect(cloud.title == "")
    }

    @Test func unknownTypeIsInferredAndKeptVerbatim() throws {
        let line = try CreatedLine(json: Self.json(#"{"CONFIG_ID": 9, "TYPE": "hybrid", "INCOMING_LOGIN": "sip9"}"#))
        #expect(line.type == .office)
        #expect(line.value(of: .type) == .text("hybrid"))
    }

    @Test func keysInAnyCaseAndUnknownKeysKept() throws {
        let line = try CreatedLine(json: Self.json("""
            {"config_id": "3", "Type": "Cloud", "title": "t", "NEW_FIELD": {"a": 1}, "COUNTRY": "RU"}
            """))
        #expect(line.configID == 3)
        #expect(line.type == .cloud)
        #expect(line.title == "t")
        #expect(line.otherFields.map(\.key) == ["COUNTRY", "NEW_FIELD"])
        #expect(line.returned["NEW_FIELD"] == .structured(#"{"a":1}"#))
        #expect(line.value(of: .configID) == .text("3"))
    }

    @Test(arguments: [#"{"TITLE": "no id"}"#, #"{"CONFIG_ID": ""}"#, #"{"CONFIG_ID": null}"#, #"[1]"#, #""x""#])
    func lineWithoutAConfigIDIsUnreadable(text: String) throws {
        #expect(throws: DecodingProblem.self) { try CreatedLine(json: Self.json(text)) }
    }

    @Test func pagesInEveryShapeThePortalUses() throws {
        #expect(try CreatedLine.page(Self.json("[]")).isEmpty)
        #expect(try CreatedLine.page(.null).isEmpty)
        #expect(try CreatedLine.page("").isEmpty)
        #expect(try CreatedLine.page(Self.json("{}")).isEmpty)
        let listed = try CreatedLine.page(Self.json("""
            [{"CONFIG_ID": "42", "TYPE": "cloud", "TITLE": "Офис Москва", "REG_ID": "150907"},
             {"CONFIG_ID": "43", "TYPE": "office", "INCOMING_SERVER": "ip.b24-4711.bitrixphone.com"}]
            """))
        #expect(listed.map(\.configID) == [42, 43])
        #expect(listed.map(\.type) == [.cloud, .office])
        #expect(listed[0].regID == 150907)
        let keyed = try CreatedLine.page(Self.json(#"{"10": {"CONFIG_ID": 2}, "2": {"CONFIG_ID": 1}}"#))
        #expect(keyed.map(\.configID) == [1, 2])
        #expect(throws: DecodingProblem.self) { try CreatedLine.page(42) }
    }

    @Test func statusWithStringsAndEveryStage() throws {
        let failed = try RegistrationStatus(json: Self.json("""
            {"REG_ID": "150907", "LAST_UPDATED": "2026-11-28 10:00:05", "ERROR_MESSAGE": "Unable to resolve hostname",
             "STATUS_CODE": "502", "STATUS_RESULT": "error"}
            """), requestedRegID: 1)
        #expect(failed == RegistrationStatus(regID: 150907, result: .error, statusCode: 502,
                                             errorMessage: "Unable to resolve hostname", lastUpdated: "2026-11-28 10:00:05"))
        for (raw, stage) in [("wait", RegistrationStatus.Result.wait), ("in_progress", .inProgress), ("IN_PROGRESS", .inProgress),
                             ("success", .success)] {
            let status = try RegistrationStatus(json: ["STATUS_RESULT": .string(raw), "ERROR_MESSAGE": ""], requestedRegID: 8)
            #expect(status.result == stage)
            #expect(status.regID == 8)
            #expect(status.errorMessage == nil)
        }
        #expect(throws: DecodingProblem.self) { try RegistrationStatus(json: ["STATUS_RESULT": "done"], requestedRegID: 1) }
        #expect(throws: DecodingProblem.self) { try RegistrationStatus(json: ["REG_ID": 1], requestedRegID: 1) }
        #expect(throws: DecodingProblem.self) { try RegistrationStatus(json: true, requestedRegID: 1) }
    }

    @Test func connectorInEveryShape() throws {
        #expect(try ConnectorStatus(json: Self.json(#"{"FREE_MINUTES": 5, "PAID": true, "PAID_DATE_END": "2027-01-31"}"#))
            == ConnectorStatus(freeMinutes: 5, paid: true, paidUntil: "2027-01-31"))
        #expect(try ConnectorStatus(json: Self.json(#"{"FREE_MINUTES": "0", "PAID": "N", "PAID_DATE_END": ""}"#))
            == ConnectorStatus(freeMinutes: 0, paid: false, paidUntil: nil))
        let unpaid = try ConnectorStatus(json: Self.json(#"{"FREE_MINUTES": null, "PAID": false}"#))
        #expect(!unpaid.canCarryCalls)
        #expect(throws: DecodingProblem.self) { try ConnectorStatus(json: Self.json("[]")) }
    }
}
