import Bitrix24REST
import BitrixJSON
import SandboxPortal
import Testing
import Words

@testable import SIPLineService

/// The default outgoing line against the sandbox: read, set and verified by reading again, for cloud and office.
@Suite struct DefaultLineTests {
    @Test func aFreshPortalDefaultsToItsBaseNumberAndTheFirstLineTakesOver() async throws {
        try await ServiceHarness.with { h in
            #expect(try await h.service.defaultLine() == .baseNumber)
            let first = try #require(h.recorded(await h.service.add(cloudDraft("First"), preflight: nil)).createdLine)
            #expect(try await h.service.defaultLine() == .cloudSIP(regID: try #require(first.regID)))
            // Only while the default is still the base number: a second line leaves it alone.
            _ = try #require(h.recorded(await h.service.add(cloudDraft("Second"), preflight: nil)).createdLine)
            #expect(try await h.service.defaultLine() == .cloudSIP(regID: try #require(first.regID)))
        }
    }

    @Test func makingACloudAndAnOfficeLineTheDefaultIsVerifiedByReadingAgain() async throws {
        try await ServiceHarness.with { h in
            let cloud = try #require(h.recorded(await h.service.add(cloudDraft("Cloud"), preflight: nil)).createdLine)
            let office = try #require(h.recorded(await h.service.add(officeDraft("Office"), preflight: nil)).createdLine)

            let toOffice = try await h.service.makeDefault(office)
            #expect(toOffice.outcome == .madeDefault)
            #expect(toOffice.was == .cloudSIP(regID: try #require(cloud.regID)))
            #expect(toOffice.now == .officeSIP(configID: office.configID))
            #expect(toOffice.names["sip\(office.configID)"] == "Office")
            #expect(Words.english(toOffice.phrase)
                == "Was: cloud SIP line reg\(cloud.regID!), \"Cloud\"; now: this line, office SIP line sip\(office.configID), \"Office\".")

            let toCloud = try await h.service.makeDefault(cloud)
            #expect(toCloud.outcome == .madeDefault)
            #expect(toCloud.now == .cloudSIP(regID: cloud.regID!))
            let again = try await h.service.makeDefault(cloud)
            #expect(again.outcome == .alreadyDefault)

            let calls = await h.server.requests().map(\.method)
            #expect(calls.filter { $0 == "voximplant.line.outgoing.sip.set" }.count == 2, "already the default: no set")
            let set = try #require(await h.server.requests().first { $0.method == "voximplant.line.outgoing.sip.set" })
            #expect(set.parameters["CONFIG_ID"]?.intValue == office.configID)
        }
    }

    @Test func setAnswersOneForAnyIdSoOnlyTheReadBackTells() async throws {
        try await ServiceHarness.with { h in
            let line = try #require(h.recorded(await h.service.add(cloudDraft(), preflight: nil)).createdLine)
            let set = try await h.client.call("voximplant.line.outgoing.set", ["LINE_ID": "reg999999"])
            #expect(set.result.boolValue == true)
            #expect(try await h.service.defaultLine() == .cloudSIP(regID: line.regID!), "an unknown id changed nothing")

            // A line the portal does not have: .sip.set refuses it, and nothing changes.
            var ghost = line
            ghost.configID = 999_999
            ghost.type = .office
            ghost.regID = nil
            let error = await h.failure { () async throws(SIPLineError) in try await h.service.makeDefault(ghost) }
            #expect(error?.portalCode == "ERROR_ARGUMENT")
            #expect(await h.server.defaultOutgoingLine() == "reg\(line.regID!)")
        }
    }

    @Test func aMissingRightIsDiagnosedAsOnThePortalScreen() async throws {
        try await ServiceHarness.with { h in
            let line = try #require(h.recorded(await h.service.add(cloudDraft(), preflight: nil)).createdLine)
            await h.server.setWebhookPermissions(.noTelephonyRight)
            let read = await h.failure { () async throws(SIPLineError) in try await h.service.defaultLine() }
            #expect(read?.kind == .missingRight)
            let set = await h.failure { () async throws(SIPLineError) in try await h.service.makeDefault(line) }
            #expect(set?.kind == .missingRight)
        }
    }

    @Test func lineNamesAndOneLineByConfigID() async throws {
        try await ServiceHarness.with { h in
            #expect(try await h.service.lineNames().isEmpty)
            let office = try #require(h.recorded(await h.service.add(officeDraft("Склад"), preflight: nil)).createdLine)
            #expect(try await h.service.lineNames() == ["sip\(office.configID)": "Склад"])
            #expect(try await h.service.line(configID: office.configID).title == "Склад")
            let missing = await h.failure { () async throws(SIPLineError) in try await h.service.line(configID: 424_242) }
            #expect(missing?.kind == .notFound)
            #expect(missing?.message.contains("424242") == true)
        }
    }

    @Test(arguments: [
        ("LINK_BASE_NUMBER", OutgoingLine.baseNumber), ("reg150901", .cloudSIP(regID: 150_901)),
        ("sip17", .officeSIP(configID: 17)), ("REST_APP:42", .restApp("42")), ("+74951234567", .number("+74951234567")),
        ("sipnone", .number("sipnone")),
    ])
    func outgoingLineIDsRoundTrip(_ text: String, _ line: OutgoingLine) {
        #expect(OutgoingLine(lineID: text) == line)
        #expect(line.lineID == text)
    }
}
