import SIPLineService
import Testing
@testable import WizardCore
import Words

/// From created to working: the server checked in the background, a failed registration fixed in place, the
/// default outgoing line, the office PBX's configuration.
@Suite struct WorkingLineTests {
    static func failed(_ code: Int, message: String? = nil) -> WizardState {
        var state = Drive.result()
        _ = Wizard.update(&state, .statusPolled(.success(RegistrationStatus(regID: 151082, result: .error,
                                                                            statusCode: code, errorMessage: message))))
        return state
    }

    static let unresolved = ServerCheckReport(server: "sip.provider.example", requestedTransport: nil,
                                              verdict: .doesNotResolve, lookups: [], targets: [], probed: nil, answer: nil)

    @Test func leavingTheServerStepChecksItInTheBackgroundOnce() {
        var state = Drive.started()
        Drive.answers(&state, "Line", " https://sip.provider.example ")
        #expect(Drive.keys(&state, .enter) == [.checkServer("sip.provider.example")])
        #expect(state.screen == .credentials, "the check never holds anyone up")
        Drive.keys(&state, .escape)
        #expect(Drive.keys(&state, .enter) == [], "the same server is not checked twice")
        Drive.keys(&state, .escape)
        _ = Wizard.update(&state, .serverChecked(server: "sip.provider.example", report: Self.unresolved))
        #expect(Drive.frame(state).plainText.contains("sip.provider.example does not resolve from here"))
        // A report of a server no longer typed says nothing.
        Drive.retype(&state, "sip.other.example")
        #expect(!Drive.frame(state).plainText.contains("does not resolve"))
    }

    @Test func reviewSaysWhatTheCheckFound() {
        var state = Drive.after(Drive.atReview(),
                                .serverChecked(server: "sip.provider.example", report: Self.unresolved))
        #expect(Drive.frame(state).plainText.contains("! sip.provider.example: Does not resolve from this machine."))
        #expect(Drive.keys(&state, .enter).count == 1, "a warning never blocks the add")
    }

    @Test func aRefusedPasswordIsFixedInPlaceAndTheRegistrationFollowedAgain() throws {
        var state = Self.failed(401, message: "Unauthorized")
        #expect(Drive.frame(state).plainText.contains("The provider refused the login or password (401)"))
        Drive.keys(&state, .character("e"))
        let fix = try #require(state.result?.fix)
        #expect(fix.focusedField == .password, "401 points at the password")
        #expect(fix.server.text == "sip.provider.example" && fix.login.text == "user100" && fix.password.text.isEmpty)
        #expect(Drive.keys(&state, .enter) == [], "no password, nothing sent")
        #expect(state.result?.fix?.notices[.password] != nil)
        Drive.type(&state, "n3w-pass")
        #expect(Drive.keys(&state, .enter) == [.reRegister(configID: 17, server: "sip.provider.example", login: "user100",
                                                            password: "n3w-pass")])
        #expect(Drive.keys(&state, .enter) == [], "sent once")
        let effects = Wizard.update(&state, .reRegistered(.success(())))
        #expect(effects == [.recordUpdated(Drive.cloudLine, changed: ["PASSWORD"], on: Drive.portal),
                            .pollStatus(regID: 151082, after: RegistrationWatch.interval)])
        #expect(state.result?.fix == nil)
        #expect(state.result?.registration == RegistrationWatch(regID: 151082))
        #expect(!Drive.frame(state).plainText.contains("n3w-pass"))
    }

    @Test func theFieldTheFailurePointsAtIsFocusedAndARefusalStaysOnTheForm() throws {
        var unreachable = Self.failed(408)
        Drive.keys(&unreachable, .character("e"))
        #expect(unreachable.result?.fix?.focusedField == .server)
        Drive.retype(&unreachable, "sip2.provider.example")
        Drive.keys(&unreachable, .tab, .tab)
        Drive.type(&unreachable, "pw")
        _ = Drive.keys(&unreachable, .enter)
        _ = Wizard.update(&unreachable, .reRegistered(.failure(SIPLineError(kind: .missingRight, message: "No."))))
        #expect(unreachable.result?.fix?.refusal != nil)
        #expect(Drive.frame(unreachable).plainText.contains("Manage numbers"))
        Drive.keys(&unreachable, .escape)
        #expect(unreachable.result?.fix == nil)

        var unknownLogin = Self.failed(404)
        Drive.keys(&unknownLogin, .character("e"))
        #expect(unknownLogin.result?.fix?.focusedField == .login)
        // A registration that worked has nothing to fix.
        var registered = Drive.after(Drive.result(),
                                     .statusPolled(.success(RegistrationStatus(regID: 151082, result: .success))))
        Drive.keys(&registered, .character("e"))
        #expect(registered.result?.fix == nil)
    }

    @Test func theDefaultOutgoingLineIsSetOnceAndItsOutcomeSaid() {
        var state = Drive.result(Drive.officeLine)
        #expect(Drive.keys(&state, .character("d")) == [.makeDefault(Drive.officeLine)])
        #expect(Drive.keys(&state, .character("d")) == [])
        let change = DefaultLineChange(outcome: .madeDefault, was: .baseNumber, now: .officeSIP(configID: 18),
                                       expected: .officeSIP(configID: 18), names: ["sip18": "Warehouse PBX"])
        _ = Wizard.update(&state, .defaultLineSet(.success(change)))
        #expect(Drive.frame(state).plainText.contains("Was: the portal's base number (LINK_BASE_NUMBER); now: this line"))
        Drive.keys(&state, .character("d"))
        _ = Wizard.update(&state, .defaultLineSet(.failure(SIPLineError(kind: .missingRight, message: "No."))))
        #expect(Drive.frame(state).plainText.contains("The default outgoing line was not changed"))
    }

    @Test func anOfficeLinesConfigurationIsShownAndSavedWithTheDetails() throws {
        var state = Drive.result(Drive.officeLine)
        Drive.keys(&state, .character("c"))
        var text = Drive.frame(state).plainText
        #expect(text.contains("type=registration"))
        #expect(!text.contains("Zq8-incoming-pw"))
        Drive.keys(&state, .character("3"))
        text = Drive.frame(state).plainText
        #expect(text.contains("ip.b24-4711.bitrixphone.com") && text.contains("5060"))
        Drive.keys(&state, .character("r"))
        #expect(Drive.frame(state).plainText.contains("Zq8-incoming-pw"))
        Drive.keys(&state, .character("s"))
        #expect(state.result?.save.phase == .asking)
        guard case .saveDetails(_, let contents)? = Drive.keys(&state, .enter).first else {
            Issue.record("no details saved")
            return
        }
        #expect(contents.contains("INCOMING_PASSWORD: Zq8-incoming-pw"))
        #expect(contents.contains("5060"), "the chosen configuration goes into the file too")
        // A cloud line has no PBX side.
        var cloud = Drive.result()
        Drive.keys(&cloud, .character("c"))
        #expect(cloud.result?.pbxConfig == nil)
    }
}
