import SIPLineService
import Testing
@testable import WizardCore
import Words

@Suite struct FormKeyTests {
    @Test func startAsksForThePreflight() {
        var state = WizardState(context: Drive.context)
        #expect(state.screen == .pbxType)
        #expect(Wizard.update(&state, .started) == [.loadKnownLines])
        #expect(state.knownLines == .loading)
        _ = Wizard.update(&state, .knownLinesLoaded(.success(Drive.preflight)))
        #expect(state.knownLines.titles == ["Main office", "Warehouse"])
        let timedOut = SIPLineError(kind: .unavailable, message: "Timed out.")
        _ = Wizard.update(&state, .knownLinesLoaded(.failure(timedOut)))
        #expect(state.knownLines == .failed(timedOut))
    }

    @Test func pbxTypeSelection() {
        var state = Drive.started()
        #expect(state.form.pbxType == .cloud)
        Drive.keys(&state, .down)
        #expect(state.form.pbxType == .office)
        Drive.keys(&state, .up)
        #expect(state.form.pbxType == .cloud)
        Drive.keys(&state, .character(" "))
        #expect(state.form.pbxType == .office)
        Drive.keys(&state, .character("1"))
        #expect(state.form.pbxType == .cloud)
        Drive.keys(&state, .character("2"), .tab, .backTab)
        #expect(state.form.pbxType == .office)
        #expect(state.screen == .pbxType)
        Drive.keys(&state, .enter)
        #expect(state.screen == .title)
    }

    @Test func escOnTheFirstScreenIsCtrlC() {
        var state = Drive.started()
        #expect(Drive.keys(&state, .escape) == [.quit(.cancelled)])
        var chosen = Drive.started()
        #expect(Drive.keys(&chosen, .character("2"), .escape) == [])
        #expect(chosen.overlay == .quitConfirm)
    }

    @Test func typingGoesIntoTheFocusedField() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, "Главный офис ?")
        #expect(state.form.title.text == "Главный офис ?")
        #expect(state.overlay == .none)
        Drive.keys(&state, .backspace, .backspace, .control("w"))
        #expect(state.form.title.text == "Главный ")
    }

    @Test func tabAndShiftTabCycleWithoutValidating() {
        var state = Drive.started()
        Drive.keys(&state, .enter, .enter)  // an empty title: Enter stays
        Drive.type(&state, "Line")
        Drive.keys(&state, .enter)
        Drive.type(&state, "sip.example.com")
        Drive.keys(&state, .enter)
        #expect(state.screen == .credentials)
        #expect(state.form.focus == 0)
        Drive.keys(&state, .tab)
        #expect(state.form.focus == 1)
        Drive.keys(&state, .tab)
        #expect(state.form.focus == 0)
        Drive.keys(&state, .backTab)
        #expect(state.form.focus == 1)
        Drive.keys(&state, .up, .down, .down)
        #expect(state.form.focus == 0)
        #expect(state.screen == .credentials)
        #expect(state.form.notices.isEmpty)
    }

    @Test func enterOnAnInvalidFieldStaysAndSaysWhy() {
        var state = Drive.started()
        Drive.keys(&state, .enter, .enter)
        #expect(state.screen == .title)
        let notices = state.form.notices[.title] ?? []
        #expect(notices.first?.tone == .error)
        #expect(!(notices.first?.text.isEmpty ?? true))
        Drive.type(&state, "A")
        #expect(state.form.notices[.title] == nil, "editing clears the message")
    }

    @Test func movingAndGoingBackNeverValidates() {
        var state = Drive.started()
        Drive.answers(&state, "Line", "sip:bad host")
        Drive.keys(&state, .escape)
        #expect(state.screen == .title)
        #expect(state.form.server.text == "sip:bad host")
        #expect(state.form.notices.isEmpty)
        Drive.keys(&state, .escape)
        #expect(state.screen == .pbxType)
        #expect(state.form.title.text == "Line")
    }

    @Test func aTitleInUseWarnsOnceThenAGoesOn() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, "main office")
        Drive.keys(&state, .enter)
        #expect(state.screen == .title)
        #expect(state.form.notices[.title]?.first?.tone == .warning)
        Drive.keys(&state, .enter)
        #expect(state.screen == .server)
    }

    @Test func serverErrorsKeepThePersonOnTheServer() {
        var state = Drive.started()
        Drive.answers(&state, "Line", "sip:user@sip.example.com:5060")
        Drive.keys(&state, .enter)
        #expect(state.screen == .server)
        #expect(state.form.notices[.server]?.contains { $0.tone == .error } == true)
    }

    @Test func passwordWithATrailingSpaceIsRefused() {
        var state = Drive.started()
        Drive.answers(&state, "Line", "sip.example.com", "user100")
        Drive.keys(&state, .enter)
        #expect(state.form.focus == 1)
        Drive.type(&state, "secret ")
        Drive.keys(&state, .enter)
        #expect(state.screen == .credentials)
        #expect(state.form.notices[.password]?.first?.tone == .error)
    }

    @Test func ctrlRTogglesThePasswordOnCredentialsOnly() {
        var state = Drive.started()
        Drive.keys(&state, .enter, .control("r"))
        #expect(state.form.showPassword == false)
        #expect(state.form.title.text == "")
        Drive.type(&state, "Line")
        Drive.keys(&state, .enter)
        Drive.type(&state, "sip.example.com")
        Drive.keys(&state, .enter, .control("r"))
        #expect(state.form.showPassword)
        Drive.keys(&state, .control("r"))
        #expect(state.form.showPassword == false)
    }

    @Test func ctrlCAsksWhenSomethingWasTyped() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        #expect(Drive.keys(&state, .control("c")) == [.quit(.cancelled)])

        var typed = Drive.started()
        Drive.keys(&typed, .enter)
        Drive.type(&typed, "x")
        #expect(Drive.keys(&typed, .control("c")) == [])
        #expect(typed.overlay == .quitConfirm)
        #expect(Drive.keys(&typed, .character("z")) == [])
        Drive.keys(&typed, .character("n"))
        #expect(typed.overlay == .none)
        Drive.keys(&typed, .control("c"), .escape)
        #expect(typed.overlay == .none)
        #expect(typed.form.title.text == "x")
        let kept = KeptDraft(type: .cloud, title: "x", server: "", login: "", portalHost: "b24-4711.bitrix24.com")
        #expect(Drive.keys(&typed, .control("c"), .character("y")) == [.saveDraft(kept), .quit(.cancelled)])
        var enter = typed
        #expect(Drive.keys(&enter, .enter) == [.saveDraft(kept), .quit(.cancelled)])
    }

    @Test func helpOpensAndCloses() {
        var state = Drive.started()
        Drive.keys(&state, .character("?"))
        #expect(state.overlay == .help)
        Drive.keys(&state, .character("2"), .enter)
        #expect(state.form.pbxType == .cloud, "keys under help do nothing")
        #expect(state.screen == .pbxType)
        Drive.keys(&state, .escape)
        #expect(state.overlay == .none)
        Drive.keys(&state, .enter, .function(1))
        #expect(state.overlay == .help)
        Drive.keys(&state, .function(1))
        #expect(state.overlay == .none)
        #expect(state.screen == .title)
    }

    /// Ctrl-L belongs to the front end (it repaints the terminal before the core sees a key); the core's tables
    /// list it for the help and change nothing.
    @Test func ctrlLIsTheFrontEndsAndChangesNothingHere() {
        for var state in [Drive.started(), Drive.result(), Drive.atReview()] {
            let before = state
            #expect(Drive.keys(&state, .control("l")) == [])
            #expect(state == before)
        }
    }

    @Test func tooSmallKeepsEverythingAndIgnoresKeys() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, "Main")
        _ = Wizard.update(&state, .resized(TerminalSize(columns: 60, rows: 20)))
        Drive.keys(&state, .character("x"), .enter, .escape)
        #expect(state.form.title.text == "Main")
        #expect(state.screen == .title)
        _ = Wizard.update(&state, .resized(TerminalSize(columns: 100, rows: 30)))
        Drive.type(&state, "!")
        #expect(state.form.title.text == "Main!")
    }
}
