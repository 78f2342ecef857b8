import Bitrix24REST
import BitrixJSON
import SandboxPortal
import Testing

@testable import SIPLineService

/// Every call of the service against a real sandbox over loopback.
@Suite struct CallTests {
    @Test func addCloudReturnsTheTypedLine() async throws {
        try await ServiceHarness.with { h in
            let result = h.recorded(await h.service.add(cloudDraft(" Sales line ", server: "https://sip.provider.example:5060"), preflight: nil))
            let line = try #require(result.createdLine)
            #expect(line.type == .cloud)
            #expect(line.title == "Sales line")
            #expect(line.server == "sip.provider.example:5060")
            #expect(line.login == "user100")
            #expect(line.regID != nil)
            #expect(line.id != nil)
            #expect(line.incomingServer == nil)
            #expect(line.detectLineNumber == false)

            let sent = try #require(await h.addCalls().first)
            #expect(sent.parameters["TYPE"]?.stringValue == "cloud")
            #expect(sent.parameters["TITLE"]?.stringValue == "Sales line")
            #expect(sent.parameters["SERVER"]?.stringValue == "sip.provider.example:5060")
            #expect(sent.parameters["PASSWORD"]?.stringValue == Secret.password)
            // Upper-case keys on the wire.
            #expect(sent.parameters.objectValue?.keys.sorted() == ["LOGIN", "PASSWORD", "SERVER", "TITLE", "TYPE"])
        }
    }

    @Test func addOfficeReturnsTheIncomingCredentials() async throws {
        try await ServiceHarness.with { h in
            let line = try #require(h.recorded(await h.service.add(officeDraft(), preflight: Preflight(lines: []))).createdLine)
            #expect(line.type == .office)
            #expect(line.regID == nil)
            #expect(line.incomingServer?.isEmpty == false)
            #expect(line.incomingLogin?.isEmpty == false)
            #expect(line.incomingPassword?.isEmpty == false)
        }
    }

    @Test func addWithoutPreflightListsFirst() async throws {
        try await ServiceHarness.with { h in
            _ = h.recorded(await h.service.add(cloudDraft(), preflight: nil))
            let methods = await h.server.requests().map(\.method)
            #expect(methods == ["voximplant.sip.get", "voximplant.sip.add"])
        }
    }

    @Test func preflightCountsAndIDs() async throws {
        try await ServiceHarness.with { h in
            let cloud = try #require(await h.service.add(cloudDraft(), preflight: Preflight(lines: [])).createdLine)
            let office = try #require(await h.service.add(officeDraft(), preflight: Preflight(lines: [])).createdLine)
            let preflight = try await h.service.preflight()
            #expect(preflight.cloudCount == 1)
            #expect(preflight.officeCount == 1)
            #expect(preflight.configIDs == [cloud.configID, office.configID])
            #expect(Set(preflight.titles) == ["Sales line", "Office PBX"])
            // The listing carries the same typed fields as the add (numbers there arrive as strings).
            let listed = try #require(preflight.lines.first { $0.configID == cloud.configID })
            #expect(listed.regID == cloud.regID)
            #expect(listed.id == nil)
        }
    }

    @Test func listFollowsEveryPage() async throws {
        try await ServiceHarness.with({ $0.maxCloudLines = 200 }) { h in
            for index in 1...53 {
                let result = await h.service.add(cloudDraft("Line \(index)", login: "user\(index)"), preflight: Preflight(lines: []))
                #expect(result.createdLine != nil)
            }
            let lines = try await h.service.list()
            #expect(lines.count == 53)
            #expect(Set(lines.map(\.configID)).count == 53)
            let starts = await h.server.requests().filter { $0.method == "voximplant.sip.get" }.map { $0.parameters["start"]?.intValue ?? 0 }
            #expect(starts == [0, 50])
        }
    }

    @Test func listOfAnEmptyPortal() async throws {
        try await ServiceHarness.with { h in
            let lines = try await h.service.list()
            #expect(lines.isEmpty)
        }
    }

    @Test func statusMovesToSuccess() async throws {
        try await ServiceHarness.with({ $0.registrationSteps = RegistrationSteps(wait: 1, inProgress: 1) }) { h in
            let line = try #require(await h.service.add(cloudDraft(), preflight: Preflight(lines: [])).createdLine)
            let regID = try #require(line.regID)
            var seen: [RegistrationStatus.Result] = []
            for _ in 0..<3 { seen.append(try await h.service.status(regID: regID).result) }
            #expect(seen == [.wait, .inProgress, .success])
            let final = try await h.service.status(regID: regID)
            #expect(final.regID == regID)
            #expect(final.statusCode == 200)
            #expect(final.result.isFinal)
            #expect(final.lastUpdated?.count == 19)
        }
    }

    @Test func statusOfAnUnresolvableServerEndsInError() async throws {
        try await ServiceHarness.with({ $0.registrationSteps = RegistrationSteps(wait: 0, inProgress: 0) }) { h in
            let result = h.recorded(await h.service.add(cloudDraft(server: "sip.provider.invalid"), preflight: Preflight(lines: [])))
            let regID = try #require(result.createdLine?.regID)
            let status = try await h.service.status(regID: regID)
            #expect(status.result == .error)
            #expect(status.statusCode == 502)
            #expect(status.errorMessage == "Unable to resolve hostname")
        }
    }

    /// A call about a line or registration the portal does not have: `notFound`, the portal's code, and the
    /// number named in the words.
    private func expectNotFound(
        _ h: ServiceHarness, code: String, naming number: String,
        sourceLocation: SourceLocation = #_sourceLocation, _ call: () async throws(SIPLineError) -> Void
    ) async throws {
        let error = try #require(await h.failure(call), sourceLocation: sourceLocation)
        #expect(error.kind == .notFound, sourceLocation: sourceLocation)
        #expect(error.portalCode == code, sourceLocation: sourceLocation)
        #expect(error.message.contains(number), sourceLocation: sourceLocation)
    }

    @Test func statusOfAnUnknownRegistration() async throws {
        try await ServiceHarness.with { h in
            try await expectNotFound(h, code: "REG_ID_NOT_FOUND", naming: "REG_ID 987654") { () async throws(SIPLineError) in
                _ = try await h.service.status(regID: 987654)
            }
        }
    }

    @Test func updateChangesOnlyTheGivenFields() async throws {
        try await ServiceHarness.with { h in
            let line = try #require(await h.service.add(cloudDraft(), preflight: Preflight(lines: [])).createdLine)
            try await h.service.update(configID: line.configID, title: " Renamed ", server: "http://new.provider.example",
                                       login: nil, password: nil)
            let sent = try #require(await h.server.requests().last)
            #expect(sent.method == "voximplant.sip.update")
            #expect(sent.parameters.objectValue?.keys.sorted() == ["CONFIG_ID", "SERVER", "TITLE"])
            let all = try await h.service.list()
            let listed = try #require(all.first)
            #expect(listed.title == "Renamed")
            #expect(listed.server == "new.provider.example")
            #expect(listed.login == "user100")
        }
    }

    @Test func updateOfAnUnknownLine() async throws {
        try await ServiceHarness.with { h in
            try await expectNotFound(h, code: "ERROR_NOT_FOUND", naming: "CONFIG_ID 4242") { () async throws(SIPLineError) in
                try await h.service.update(configID: 4242, title: "X", server: nil, login: nil, password: Secret.password)
            }
        }
    }

    @Test func updateRefusesBadFieldsAndNoFieldsWithoutSending() async throws {
        try await ServiceHarness.with { h in
            let noFields = try #require(await h.failure { () async throws(SIPLineError) in
                try await h.service.update(configID: 1, title: nil, server: nil, login: nil, password: nil)
            })
            #expect(noFields.kind == .invalidDraft([]))
            let badServer = try #require(await h.failure { () async throws(SIPLineError) in
                try await h.service.update(configID: 1, title: nil, server: "sip:user@host", login: nil, password: nil)
            })
            guard case .invalidDraft(let issues) = badServer.kind else {
                Issue.record("expected invalidDraft, got \(badServer.kind)")
                return
            }
            #expect(issues.contains { $0.field == .server && $0.severity == .error })
            #expect(!issues.contains { $0.field != .server })
            #expect(await h.server.requests().isEmpty)
        }
    }

    @Test func deleteRemovesTheLine() async throws {
        try await ServiceHarness.with { h in
            let line = try #require(await h.service.add(cloudDraft(), preflight: Preflight(lines: [])).createdLine)
            try await h.service.delete(configID: line.configID)
            #expect(await h.storedLines().isEmpty)
        }
    }

    @Test func deleteOfAnUnknownLine() async throws {
        try await ServiceHarness.with { h in
            try await expectNotFound(h, code: "ERROR_NOT_FOUND", naming: "CONFIG_ID 31337") { () async throws(SIPLineError) in
                try await h.service.delete(configID: 31337)
            }
        }
    }

    @Test func connectorStatusUnpaidAndPaid() async throws {
        try await ServiceHarness.with({ $0.connector = ConnectorState(freeMinutes: 42, paid: false) }) { h in
            let status = try await h.service.connectorStatus()
            #expect(status == ConnectorStatus(freeMinutes: 42, paid: false, paidUntil: nil))
            #expect(status.canCarryCalls)
        }
        try await ServiceHarness.with({ $0.connector = ConnectorState(freeMinutes: 0, paid: true) }) { h in
            let status = try await h.service.connectorStatus()
            #expect(status.paid)
            #expect(status.paidUntil?.isEmpty == false)
        }
    }
}
