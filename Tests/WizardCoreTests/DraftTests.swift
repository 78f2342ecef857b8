import SIPLineService
import Testing
@testable import WizardCore
import Words

/// The draft kept between runs: saved on quit without the password, offered on start, discarded with its line.
@Suite struct DraftTests {
    static let kept = KeptDraft(type: .office, title: "Front desk", server: "sip.provider.example", login: "user7",
                                portalHost: "b24-4711.bitrix24.com")
    static let offer = DraftOffer(draft: kept, typedAt: "2026-11-28 14:05")

    private func offered(_ offer: DraftOffer = offer) -> WizardState {
        let state = Drive.after(Drive.started(), .draftFound(offer))
        return state
    }

    /// Title, server, login and password typed, then the person leaves from the credentials.
    private func typedEverything() -> WizardState {
        var state = Drive.started()
        Drive.answers(&state, "Sales line", "sip.provider.example", "user100")
        Drive.keys(&state, .tab)
        Drive.type(&state, "s3cret-pass")
        return state
    }

    @Test func quittingWithInputSavesADraftWithoutThePassword() {
        var state = typedEverything()
        #expect(state.form.password.text == "s3cret-pass")
        let effects = Drive.keys(&state, .control("c"), .character("y"))
        let expected = KeptDraft(type: .cloud, title: "Sales line", server: "sip.provider.example", login: "user100",
                                 portalHost: "b24-4711.bitrix24.com")
        #expect(effects == [.saveDraft(expected), .quit(.cancelled)])
        #expect(!"\(effects)".contains("s3cret-pass"))

        // The runtime's path for SIGHUP/SIGTERM/end of input asks nobody and keeps the draft too.
        #expect(Wizard.quitEffects(typedEverything()).first == .saveDraft(expected))

        // Esc on the first screen is Ctrl-C: the draft keeps the type with the title.
        var office = Drive.started()
        Drive.keys(&office, .character("2"), .enter)
        Drive.type(&office, "Front desk")
        Drive.keys(&office, .escape, .escape)
        #expect(office.overlay == .quitConfirm)
        #expect(Drive.keys(&office, .character("y")) == [
            .saveDraft(KeptDraft(type: .office, title: "Front desk", server: "", login: "",
                                 portalHost: "b24-4711.bitrix24.com")),
            .quit(.cancelled),
        ])
    }

    @Test func quittingWithNothingTypedSavesNone() {
        var state = Drive.started()
        #expect(Drive.keys(&state, .control("c")) == [.quit(.cancelled)])
        #expect(Wizard.quitEffects(Drive.started()) == [.quit(.cancelled)])
        // The type alone is no draft (a new line after a created one carries it over).
        var office = Drive.started()
        Drive.keys(&office, .character("2"))
        #expect(Wizard.quitEffects(office) == [.quit(.cancelled)])

        // After the line was created its values are not a draft any more.
        var result = Drive.result()
        #expect(Drive.keys(&result, .character("q")).allSatisfy { if case .saveDraft = $0 { false } else { true } })
    }

    @Test func theOfferShowsUntilTheyChoose() {
        var state = offered()
        #expect(state.overlay == .draftOffer)
        #expect(state.keptDraft.offered == Self.offer)
        #expect(Drive.keys(&state, .character("x"), .tab, .escape) == [])
        #expect(state.overlay == .draftOffer)
        #expect(state.form.title.text.isEmpty)

        // Ctrl-C on the offer leaves and keeps the file for the next start (nothing to save, nothing to discard).
        var quitting = offered()
        #expect(Drive.keys(&quitting, .control("c")) == [.quit(.cancelled)])

        // An empty draft is not offered.
        var empty = Drive.started()
        _ = Wizard.update(&empty, .draftFound(DraftOffer(draft: KeptDraft(type: .cloud, title: "", server: "", login: "",
                                                                            portalHost: ""), typedAt: "now")))
        #expect(empty.overlay == .none)
    }

    @Test func continueFillsTheFieldsAndFocusesThePassword() {
        var state = offered()
        #expect(Drive.keys(&state, .enter) == [.continueDraft])
        #expect(state.overlay == .none)
        #expect(state.keptDraft.offered == nil)
        #expect(state.form.pbxType == .office)
        #expect(state.form.title.text == "Front desk")
        #expect(state.form.server.text == "sip.provider.example")
        #expect(state.form.login.text == "user7")
        #expect(state.form.password.text.isEmpty)
        #expect(state.keptDraft.onDisk)
        Drive.keys(&state, .enter, .enter, .enter)
        #expect(state.screen == .credentials)
        #expect(state.form.focus == 1)
        Drive.type(&state, "new-pass")
        #expect(state.form.password.text == "new-pass")
        Drive.keys(&state, .enter)
        #expect(state.screen == .review)
        // Editing the credentials again starts at the login as usual.
        Drive.keys(&state, .character("4"))
        #expect(state.screen == .credentials)
        #expect(state.form.focus == 0)
    }

    @Test func creatingTheLineDiscardsTheDraft() {
        var state = offered()
        Drive.keys(&state, .enter, .enter, .enter, .enter)
        Drive.type(&state, "new-pass")
        Drive.keys(&state, .enter)
        #expect(state.screen == .review)
        guard case .submit? = Drive.keys(&state, .enter).first else {
            Issue.record("Enter on review did not submit")
            return
        }
        let effects = Wizard.update(&state, .addFinished(.success(.created(Drive.officeLine))))
        #expect(effects == [.recordCreated(Drive.officeLine, on: Drive.portal), .discardDraft])
        #expect(!state.keptDraft.onDisk)
        // Quitting now keeps nothing.
        let quit = Drive.keys(&state, .character("q"))
        #expect(quit.count == 1)
        guard case .quit(.created)? = quit.first else {
            Issue.record("q on the result did not quit with 0: \(quit)")
            return
        }

        // Without a continued draft, a created line discards nothing (another run's draft is not this form).
        var fresh = Drive.submitting()
        #expect(Wizard.update(&fresh, .addFinished(.success(.created(Drive.cloudLine)))) == [
            .recordCreated(Drive.cloudLine, on: Drive.portal), .pollStatus(regID: 151082, after: RegistrationWatch.interval),
        ])
    }

    @Test func startFreshDiscardsTheDraft() {
        var state = offered()
        #expect(Drive.keys(&state, .character("n")) == [.dropOfferedDraft])
        #expect(state.overlay == .none)
        #expect(state.keptDraft.offered == nil)
        #expect(state.form.title.text.isEmpty)
        #expect(!state.keptDraft.onDisk)
        #expect(Wizard.quitEffects(state) == [.quit(.cancelled)])
    }

    @Test func continuedThenQuitSavesTheDraftAgain() {
        var state = offered()
        Drive.keys(&state, .enter, .enter)
        Drive.type(&state, " 2")
        let effects = Drive.keys(&state, .control("c"), .character("y"))
        var changed = Self.kept
        changed.title = "Front desk 2"
        #expect(effects == [.saveDraft(changed), .quit(.cancelled)])
    }

    @Test func offerGoldens() { Drive.inEachLanguage(offerFrames) }

    private func offerFrames() {
        Golden.assert(Drive.frame(offered()), named: "12-draft-offer")
        Golden.assert(Drive.frame(offered(), unicode: false), named: "12-draft-offer-ascii")
        // Typed for another portal than the one in use: the offer says so.
        var elsewhere = Self.offer
        elsewhere.draft.portalHost = "acme.bitrix24.ru"
        Golden.assert(Drive.frame(offered(elsewhere)), named: "12-draft-offer-other-portal")
        // More drafts wait behind this one (the count's plural form is the language's).
        var more = Self.offer
        more.othersKept = 2
        Golden.assert(Drive.frame(offered(more)), named: "12-draft-offer-more-kept")
    }
}
