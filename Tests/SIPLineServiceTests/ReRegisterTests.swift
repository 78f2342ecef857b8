import Bitrix24REST
import BitrixJSON
import SandboxPortal
import Testing
import Words

@testable import SIPLineService

/// A failed registration, provoked on purpose in the sandbox, explained and fixed by re-sending the password.
@Suite struct ReRegisterTests {
    /// Polls `voximplant.sip.status` until the registration ends (the sandbox needs three calls).
    func finalStatus(_ h: ServiceHarness, regID: Int) async throws -> RegistrationStatus {
        for _ in 0..<10 {
            let status = try await h.service.status(regID: regID)
            if status.result.isFinal { return status }
        }
        throw SIPLineError(kind: .unavailable, message: "the registration never ended")
    }

    @Test func aWrongPasswordIs401AndReRegisteringWithTheRightOneSucceeds() async throws {
        try await ServiceHarness.with { h in
            var draft = cloudDraft()
            draft.password = "wrong-" + Secret.password
            let line = try #require(h.recorded(await h.service.add(draft, preflight: nil)).createdLine)
            let regID = try #require(line.regID)
            let failed = try await finalStatus(h, regID: regID)
            #expect(failed.result == .error)
            #expect(failed.statusCode == 401)
            let advice = RegistrationAdvice(failed)
            #expect(advice.field == .password)
            #expect(advice.isFailure)

            try await h.service.reRegister(configID: line.configID, server: nil, login: nil, password: Secret.password)
            #expect(try await h.service.status(regID: regID).result == .wait, "the portal registers anew")
            #expect(try await finalStatus(h, regID: regID).result == .success)

            #expect(await h.storedLines().count == 1, "nothing was created twice")
            let update = try #require(await h.server.requests().last { $0.method == "voximplant.sip.update" })
            #expect(update.parameters["PASSWORD"]?.stringValue == Secret.password)
            #expect(update.parameters["SERVER"] == nil && update.parameters["LOGIN"] == nil)
        }
    }

    @Test func aTitleOnlyUpdateDoesNotRegisterAgain() async throws {
        try await ServiceHarness.with { h in
            var draft = cloudDraft()
            draft.password = "wrongful"
            let line = try #require(h.recorded(await h.service.add(draft, preflight: nil)).createdLine)
            let regID = try #require(line.regID)
            #expect(try await finalStatus(h, regID: regID).statusCode == 401)
            try await h.service.update(configID: line.configID, title: "Renamed", server: nil, login: nil, password: nil)
            let after = try await h.service.status(regID: regID)
            #expect(after.result == .error && after.statusCode == 401, "still the old failure")
        }
    }

    @Test(arguments: [
        ("sip.provider.invalid", 502, "Unable to resolve hostname", RegistrationPhrase.hostnameUnresolved),
        ("pbx.slow.timeout", 408, "Request Timeout", RegistrationPhrase.noTimelyAnswer(code: 408)),
    ])
    func provokedServerFailures(_ server: String, _ code: Int, _ message: String, _ phrase: RegistrationPhrase) async throws {
        try await ServiceHarness.with { h in
            let line = try #require(h.recorded(await h.service.add(cloudDraft(server: server), preflight: nil)).createdLine)
            let status = try await finalStatus(h, regID: try #require(line.regID))
            #expect(status.statusCode == code)
            #expect(status.errorMessage == message)
            let advice = RegistrationAdvice(status)
            #expect(advice.phrase == phrase)
            #expect(advice.field == .server)
            #expect(advice.providerMessage == message)

            // Fixed in place: a server that resolves, with the password re-sent.
            try await h.service.reRegister(configID: line.configID, server: "sip.provider.example", login: nil,
                                           password: Secret.password)
            #expect(try await finalStatus(h, regID: line.regID!).result == .success)
        }
    }
}
