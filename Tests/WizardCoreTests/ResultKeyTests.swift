import SIPLineService
import Testing
@testable import WizardCore
import Words

@Suite struct ResultKeyTests {
    private func status(_ result: RegistrationStatus.Result, code: Int? = nil, message: String? = nil) -> WizardEvent {
        .statusPolled(.success(RegistrationStatus(regID: 151082, result: result, statusCode: code, errorMessage: message)))
    }

    @Test func aCloudLineIsFollowedUntilRegistered() {
        var state = Drive.submitting()
        let effects = Wizard.update(&state, .addFinished(.success(.created(Drive.cloudLine))))
        #expect(effects == [.recordCreated(Drive.cloudLine, on: Drive.portal), .pollStatus(regID: 151082, after: 3)])
        #expect(Wizard.needsTicks(state))
        #expect(Wizard.update(&state, status(.wait)) == [.pollStatus(regID: 151082, after: 3)])
        #expect(Wizard.update(&state, status(.inProgress)) == [.pollStatus(regID: 151082, after: 3)])
        #expect(Wizard.update(&state, status(.success, code: 200)) == [])
        #expect(state.result?.registration?.finished == true)
        #expect(!Wizard.needsTicks(state))
        #expect(Wizard.update(&state, status(.inProgress)) == [], "nothing after the final status")
    }

    @Test func pollingStopsAtTheLimit() {
        var state = Drive.result()
        var polls = 0
        while Wizard.update(&state, status(.inProgress)) == [.pollStatus(regID: 151082, after: 3)] { polls += 1 }
        #expect(polls == RegistrationWatch.maximumPolls - 1)
        #expect(state.result?.registration?.gaveUp == true)
        #expect(Drive.frame(state).plainText.contains("No answer from the provider after 60 s"))
        #expect(state.result?.failedRegistration?.field == .server, "e fixes it, starting at the server")
    }

    @Test func pollFailures() {
        var state = Drive.result()
        let unavailable = SIPLineError(kind: .unavailable, message: "Timed out.")
        #expect(Wizard.update(&state, .statusPolled(.failure(unavailable))) == [.pollStatus(regID: 151082, after: 3)])
        let denied = SIPLineError(kind: .missingRight, message: "No right.")
        #expect(Wizard.update(&state, .statusPolled(.failure(denied))) == [])
        #expect(state.result?.registration?.finished == true)
    }

    @Test func aStatusOfAnotherRegistrationIsIgnored() {
        var state = Drive.result()
        let other = WizardEvent.statusPolled(.success(RegistrationStatus(regID: 1, result: .success)))
        #expect(Wizard.update(&state, other) == [])
        #expect(state.result?.registration?.latest == nil)
    }

    @Test func anOfficeLineIsNotPolledAndRevealsItsSecrets() {
        var state = Drive.submitting()
        #expect(Wizard.update(&state, .addFinished(.success(.created(Drive.officeLine))))
            == [.recordCreated(Drive.officeLine, on: Drive.portal)])
        #expect(!Wizard.needsTicks(state))
        #expect(!Drive.frame(state).plainText.contains("Zq8-incoming-pw"))
        Drive.keys(&state, .character("r"))
        #expect(state.result?.revealSecrets == true)
        #expect(Drive.frame(state).plainText.contains("Zq8-incoming-pw"))
        Drive.keys(&state, .character("r"))
        #expect(!Drive.frame(state).plainText.contains("Zq8-incoming-pw"))
    }

    @Test func theTypedPasswordIsNeverRevealed() {
        var office = Drive.after(Drive.submitting(), .addFinished(.success(.created(Drive.officeLine))))
        Drive.keys(&office, .character("r"))
        let typed = try! #require(Drive.officeLine.password)
        #expect(!Drive.frame(office).plainText.contains(typed), "r reveals only what the portal generated")

        var cloud = Drive.after(Drive.submitting(), .addFinished(.success(.created(Drive.cloudLine))))
        Drive.keys(&cloud, .character("r"))
        #expect(cloud.result?.revealSecrets == false, "a cloud line has nothing to reveal")
        #expect(!Drive.frame(cloud).plainText.contains(try! #require(Drive.cloudLine.password)))
        #expect(!Drive.frame(cloud).plainText.contains(" r reveal"))
    }

    @Test func enterAndEscDoNothingOnTheResult() {
        var state = Drive.result()
        let before = state
        #expect(Drive.keys(&state, .enter, .escape, .tab, .character("x")) == [])
        #expect(state == before)
    }

    @Test func saveAsksForAPathAndWritesEveryField() throws {
        var state = Drive.result(Drive.officeLine)
        Drive.keys(&state, .character("s"))
        #expect(state.result?.save.phase == .asking)
        #expect(state.result?.save.path.text == "/home/support/sipline-line-18.txt")
        Drive.retype(&state, "./office.txt")
        let effects = Drive.keys(&state, .enter)
        guard case .saveDetails(let path, let contents)? = effects.first, effects.count == 1 else {
            Issue.record("expected one saveDetails, got \(effects)")
            return
        }
        #expect(path == "/home/support/office.txt")
        for expected in ["CONFIG_ID: 18", "TYPE: office", "TITLE: Warehouse PBX", "INCOMING_SERVER: ip.b24-4711.bitrixphone.com",
                         "INCOMING_LOGIN: sip7", "INCOMING_PASSWORD: Zq8-incoming-pw", "PASSWORD: s3cret-pass",
                         "DETECT_LINE_NUMBER: N", "ID: 6"] {
            #expect(contents.contains(expected + "\n"), "missing \(expected)")
        }
        #expect(Drive.keys(&state, .character("s")) == [], "no second save while saving")
        _ = Wizard.update(&state, .detailsSaved(path: path, error: nil))
        #expect(state.result?.save.phase == .saved(path: path))
        #expect(Drive.frame(state).plainText.contains("Saved to /home/support/office.txt"))
    }

    @Test func saveCanBeCancelledOrFail() {
        var state = Drive.result()
        Drive.keys(&state, .character("s"))
        Drive.type(&state, "q")  // typed into the path, not quit
        #expect(state.result?.save.path.text.hasSuffix(".txtq") == true)
        Drive.keys(&state, .escape)
        #expect(state.result?.save.phase == .idle)
        Drive.keys(&state, .character("s"), .enter)
        _ = Wizard.update(&state, .detailsSaved(path: "/home/support/sipline-line-17.txt", error: said("Permission denied.")))
        #expect(state.result?.save.phase == .failed(path: "/home/support/sipline-line-17.txt", reason: said("Permission denied.")))
        Drive.keys(&state, .character("s"))
        #expect(state.result?.save.path.text == "/home/support/sipline-line-17.txt")
    }

    @Test func quitAfterACreatedLineExitsZeroWithASummary() {
        var state = Drive.result()
        let created = QuitReason.created([Drive.cloudLine], on: Drive.portal)
        #expect(Drive.keys(&state, .character("q")) == [.quit(created)])
        var interrupted = Drive.result()
        #expect(Drive.keys(&interrupted, .control("c")) == [.quit(created)])
    }

    @Test func newLineStartsAFreshDraftOfTheSameType() {
        var state = Drive.result(Drive.officeLine)
        #expect(Drive.keys(&state, .character("n")) == [.loadKnownLines])
        #expect(state.screen == .pbxType)
        #expect(state.form.pbxType == .office)
        #expect(state.form.title.text.isEmpty && state.form.password.text.isEmpty)
        #expect(state.createdLines.count == 1)
        #expect(state.knownLines == .loading)
        _ = Wizard.update(&state, .statusPolled(.success(RegistrationStatus(regID: 151082, result: .success))))
        #expect(state.result?.registration == nil)
        // Something typed (the type is office): Ctrl-C asks; yes exits 0 since a line exists.
        Drive.keys(&state, .control("c"))
        #expect(state.overlay == .quitConfirm)
        guard case .quit(.created(let lines, _))? = Drive.keys(&state, .character("y")).last else {
            Issue.record("expected a quit naming the created line")
            return
        }
        #expect(lines.map(\.configID) == [18])
    }
}
