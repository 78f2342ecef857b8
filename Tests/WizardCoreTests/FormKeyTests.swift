import SIPLineService
import Testing
import WizardCore

@Suite struct FormKeyTests {
    @Test func startAsksForThePreflight() {
        var state = WizardState(context: Drive.context)
        #expect(state.screen == .pbxType)
        #expect(Wizard.update(&state, .started) == [.loadPreflight])
        #expect(state.preflight == .loading)
        _ = Wizard.update(&state, .preflightLoaded(.success(Drive.preflight)))
        #expect(state.knownTitles == ["Main office", "Warehouse"])
        _ = Wizard.update(&state, .preflightLoaded(.failure(SIPLineError(kind: .unavailable, message: "Timed out."))))
        #expect(state.preflight == .failed("Timed out."))
    }

    @Test func pbxTypeSelection() {
        var state = Drive.started()
        #expect(state.pbxType == .cloud)
        Drive.keys(&state, .down)
        #expect(state.pbxType == .office)
        Drive.keys(&state, .up)
        #expect(state.pbxType == .cloud)
        Drive.keys(&state, .character(" "))
        #expect(state.pbxType == .office)
        Drive.keys(&state, .character("1"))
        #expect(state.pbxType == .cloud)
        Drive.keys(&state, .character("2"), .tab, .backTab)
        #expect(state.pbxType == .office)
        #expect(state.screen == .pbxType)
        Drive.keys(&state, .enter)
        #expect(state.screen == .title)
    }

    @Test func escOnTheFirstScreenIsCtrlC() {
        var state = Drive.started()
        #expect(Drive.keys(&state, .escape) == [.quit(exitCode: 130, summary: nil)])
        var chosen = Drive.started()
        #expect(Drive.keys(&chosen, .character("2"), .escape) == [])
        #expect(chosen.overlay == .quitConfirm)
    }

    @Test func typingGoesIntoTheFocusedField() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, "Главный офис ?")
        #expect(state.title.text == "Главный офис ?")
        #expect(state.overlay == .none)
        Drive.keys(&state, .backspace, .backspace, .control("w"))
        #expect(state.title.text == "Главный ")
    }

    @Test func tabAndShiftTabCycleWithoutValidating() {
        var state = Drive.started()
        Drive.keys(&state, .enter, .enter)  // an empty title: Enter stays
        Drive.type(&state, "Line")
        Drive.keys(&state, .enter)
        Drive.type(&state, "sip.example.com")
        Drive.keys(&state, .enter)
        #expect(state.screen == .credentials)
        #expect(state.focus == 0)
        Drive.keys(&state, .tab)
        #expect(state.focus == 1)
        Drive.keys(&state, .tab)
        #expect(state.focus == 0)
        Drive.keys(&state, .backTab)
        #expect(state.focus == 1)
        Drive.keys(&state, .up, .down, .down)
        #expect(state.focus == 0)
        #expect(state.screen == .credentials)
        #expect(state.fieldNotices.isEmpty)
    }

    @Test func enterOnAnInvalidFieldStaysAndSaysWhy() {
        var state = Drive.started()
        Drive.keys(&state, .enter, .enter)
        #expect(state.screen == .title)
        let notices = state.fieldNotices[.title] ?? []
        #expect(notices.first?.tone == .error)
        #expect(!(notices.first?.text.isEmpty ?? true))
        Drive.type(&state, "A")
        #expect(state.fieldNotices[.title] == nil, "editing clears the message")
    }

    @Test func movingAndGoingBackNeverValidates() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, "Line")
        Drive.keys(&state, .enter)
        Drive.type(&state, "sip:bad host")
        Drive.keys(&state, .escape)
        #expect(state.screen == .title)
        #expect(state.server.text == "sip:bad host")
        #expect(state.fieldNotices.isEmpty)
        Drive.keys(&state, .escape)
        #expect(state.screen == .pbxType)
        #expect(state.title.text == "Line")
    }

    @Test func aTitleInUseWarnsOnceThenAGoesOn() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, "main office")
        Drive.keys(&state, .enter)
        #expect(state.screen == .title)
        #expect(state.fieldNotices[.title]?.first?.tone == .warning)
        Drive.keys(&state, .enter)
        #expect(state.screen == .server)
    }

    @Test func serverErrorsKeepThePersonOnTheServer() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, "Line")
        Drive.keys(&state, .enter)
        Drive.type(&state, "sip:user@sip.example.com:5060")
        Drive.keys(&state, .enter)
        #expect(state.screen == .server)
        #expect(state.fieldNotices[.server]?.contains { $0.tone == .error } == true)
    }

    @Test func passwordWithATrailingSpaceIsRefused() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, "Line")
        Drive.keys(&state, .enter)
        Drive.type(&state, "sip.example.com")
        Drive.keys(&state, .enter)
        Drive.type(&state, "user100")
        Drive.keys(&state, .enter)
        #expect(state.focus == 1)
        Drive.type(&state, "secret ")
        Drive.keys(&state, .enter)
        #expect(state.screen == .credentials)
        #expect(state.fieldNotices[.password]?.first?.tone == .error)
    }

    @Test func ctrlRTogglesThePasswordOnCredentialsOnly() {
        var state = Drive.started()
        Drive.keys(&state, .enter, .control("r"))
        #expect(state.showPassword == false)
        #expect(state.title.text == "")
        Drive.type(&state, "Line")
        Drive.keys(&state, .enter)
        Drive.type(&state, "sip.example.com")
        Drive.keys(&state, .enter, .control("r"))
        #expect(state.showPassword)
        Drive.keys(&state, .control("r"))
        #expect(state.showPassword == false)
    }

    @Test func ctrlCAsksWhenSomethingWasTyped() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        #expect(Drive.keys(&state, .control("c")) == [.quit(exitCode: 130, summary: nil)])

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
        #expect(typed.title.text == "x")
        let kept = KeptDraft(type: .cloud, title: "x", server: "", login: "", portalHost: "b24-4711.bitrix24.com")
        #expect(Drive.keys(&typed, .control("c"), .character("y")) == [.saveDraft(kept), .quit(exitCode: 130, summary: nil)])
        var enter = typed
        #expect(Drive.keys(&enter, .enter) == [.saveDraft(kept), .quit(exitCode: 130, summary: nil)])
    }

    @Test func helpOpensAndCloses() {
        var state = Drive.started()
        Drive.keys(&state, .character("?"))
        #expect(state.overlay == .help)
        Drive.keys(&state, .character("2"), .enter)
        #expect(state.pbxType == .cloud, "keys under help do nothing")
        #expect(state.screen == .pbxType)
        Drive.keys(&state, .escape)
        #expect(state.overlay == .none)
        Drive.keys(&state, .enter, .function(1))
        #expect(state.overlay == .help)
        Drive.keys(&state, .function(1))
        #expect(state.overlay == .none)
        #expect(state.screen == .title)
    }

    @Test func ctrlLRedrawsEverywhere() {
        var state = Drive.started()
        #expect(Drive.keys(&state, .control("l")) == [.redraw])
        var result = Drive.result()
        #expect(Drive.keys(&result, .control("l")) == [.redraw])
    }

    @Test func tooSmallKeepsEverythingAndIgnoresKeys() {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, "Main")
        _ = Wizard.update(&state, .resized(TerminalSize(columns: 60, rows: 20)))
        Drive.keys(&state, .character("x"), .enter, .escape)
        #expect(state.title.text == "Main")
        #expect(state.screen == .title)
        _ = Wizard.update(&state, .resized(TerminalSize(columns: 100, rows: 30)))
        Drive.type(&state, "!")
        #expect(state.title.text == "Main!")
    }
}
