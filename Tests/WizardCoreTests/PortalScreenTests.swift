import SIPLineService
import Testing
@testable import WizardCore
import Words

/// The portal screen: the webhook URL, its check, the save offer, and the ways in and out.
@Suite struct PortalScreenTests {
    private func plain(_ state: WizardState) -> String { Drive.frame(state).plainText }

    @Test func withoutAPortalTheWizardStartsThereAndAsksNothing() {
        var state = WizardState(context: WizardContext(portal: nil, currentDirectory: "/home/support"))
        #expect(state.screen == .portal)
        #expect(state.context.portal == nil)
        #expect(Wizard.update(&state, .started) == [])
        #expect(!plain(state).contains("Step"))
        #expect(plain(state).split(separator: "\n")[0].contains("Portal"))
    }

    @Test func enterSendsTheTrimmedURLOnceAndWaits() {
        var state = Drive.portalStart()
        Drive.type(&state, "  " + Drive.webhook + " ")
        #expect(Drive.keys(&state, .enter) == [.checkPortal(webhookURL: Drive.webhook)])
        #expect(state.portal?.phase == .checking)
        #expect(Wizard.needsTicks(state))
        #expect(Drive.keys(&state, .enter, .character("x"), .escape, .backspace) == [])
        #expect(state.portal?.url.text == "  " + Drive.webhook + " ")
        _ = Wizard.update(&state, .tick(seconds: 7))
        _ = Wizard.update(&state, .tick(seconds: 9.6))
        #expect(plain(state).contains("Checking the webhook … 2 s"))
    }

    @Test func anEmptyFieldIsExplainedWithoutAsking() {
        var state = Drive.portalStart()
        #expect(Drive.keys(&state, .enter) == [])
        guard case .problem(let problem) = state.portal?.phase, case .malformed(let reason) = problem.phrase else {
            Issue.record("no problem shown")
            return
        }
        #expect(Words.english(reason).contains("empty"))
    }

    @Test func theCodeIsShownWhileTypedAndMaskedOnceEntered() {
        var state = Drive.portalStart()
        Drive.type(&state, Drive.webhook)
        #expect(plain(state).contains("q8x2secretcode7"))
        Drive.keys(&state, .enter)
        #expect(!plain(state).contains("q8x2secretcode7"))
        #expect(plain(state).contains("https://b24-4711.bitrix24.com/rest/1/••••/"))
        _ = Wizard.update(&state, .portalChecked(.failure(PortalProblem(.badWebhook))))
        #expect(!plain(state).contains("q8x2secretcode7"))
        // Editing shows the URL as typed again, and the diagnosis goes.
        Drive.keys(&state, .backspace)
        #expect(state.portal?.phase == .editing)
        #expect(plain(state).contains("q8x2secretcode7"))
        #expect(!plain(state).contains("did not accept"))
    }

    @Test func aCodeInAnOddShapeIsMaskedToo() {
        let state = Drive.after(Drive.checking("https://b24-4711.bitrix24.com/q8x2secretcode7"),
            .portalChecked(.failure(PortalProblem(.malformed(said("The webhook URL does not contain /rest/USER_ID/CODE/."))))))
        #expect(!plain(state).contains("q8x2secretcode7"))
        #expect(plain(state).contains("https://b24-4711.bitrix24.com/••••"))
    }

    @Test func aPassedCheckMovesThePortalAndOffersToSaveIt() {
        var state = Drive.checking()
        let effects = Wizard.update(&state, .portalChecked(.success(Drive.paidCheck)))
        #expect(effects == [.loadKnownLines])
        #expect(state.knownLines == .loading)
        #expect(state.context.portal?.host == "b24-4711.bitrix24.com")
        #expect(state.context.portal?.redactedWebhook == "…/rest/1/••••/")
        #expect(state.portal?.name.text == "b24-4711")
        #expect(Drive.keys(&state, .enter) == [.savePortal(name: "b24-4711", webhookURL: Drive.webhook)])
        #expect(Drive.keys(&state, .enter, .escape) == [])
        _ = Wizard.update(&state, .portalSaved(name: "b24-4711", error: nil))
        #expect(state.screen == .pbxType)
        #expect(state.portal == nil)
        #expect(state.screenNotices.notices.texts == [
            "Saved b24-4711.bitrix24.com as the portal \"b24-4711\" in the config file."])
        #expect(state.screenNotices.notices.first?.tone == .success)
    }

    @Test func theNameCanBeChangedAndAFailedSaveCanBeRetriedOrSkipped() {
        var state = Drive.checked(.success(Drive.paidCheck))
        Drive.retype(&state, "customer-7")
        #expect(Drive.keys(&state, .enter) == [.savePortal(name: "customer-7", webhookURL: Drive.webhook)])
        _ = Wizard.update(&state, .portalSaved(name: "customer-7", error: said("The config file is readable by others.")))
        #expect(plain(state).contains("The portal was not saved: The config file is readable by others."))
        #expect(Drive.keys(&state, .enter) == [.savePortal(name: "customer-7", webhookURL: Drive.webhook)])
        _ = Wizard.update(&state, .portalSaved(name: "customer-7", error: said("Still no.")))
        Drive.keys(&state, .escape)
        #expect(state.screen == .pbxType)
        #expect(state.screenNotices.notices.first?.tone == .info)
        #expect(state.context.portal?.host == "b24-4711.bitrix24.com")
    }

    @Test func escSkipsSavingAndAnEmptyNameSavesNothing() {
        var state = Drive.checked(.success(Drive.paidCheck))
        Drive.keys(&state, .control("u"))
        #expect(Drive.keys(&state, .enter) == [])
        #expect(Drive.keys(&state, .escape) == [])
        #expect(state.screen == .pbxType)
        #expect(state.screenNotices.notices.texts == ["Using b24-4711.bitrix24.com for this run (not saved)."])
        #expect(state.screenNotices.notices.first?.tone == .info)
    }

    /// The name offered is the one the runtime suggests by the config file's rule (PortalConfigTests test the rule).
    @Test(arguments: [("b24-4711.bitrix24.com", false, "b24-4711"), ("127.0.0.1:40123", true, "sandbox")])
    func theOfferedNameIsTheSuggestedOne(_ host: String, _ sandbox: Bool, _ name: String) {
        let check = Drive.check(host: host, redactedWebhook: "…/rest/1/••••/", isSandbox: sandbox,
                                connector: ConnectorStatus(freeMinutes: 0, paid: true), suggestedName: name)
        let state = Drive.checked(.success(check))
        #expect(state.portal?.name.text == name)
        #expect(state.context.portal?.isSandbox == sandbox)
    }

    @Test func escOnTheFirstScreenQuitsAndEscOnTheTypeComesBack() {
        var empty = Drive.portalStart()
        #expect(Drive.keys(&empty, .escape) == [.quit(.cancelled)])
        var typed = Drive.portalStart()
        Drive.type(&typed, "https://")
        #expect(Drive.keys(&typed, .escape) == [])
        #expect(typed.overlay == .quitConfirm)

        var state = Drive.checked(.success(Drive.paidCheck))
        Drive.keys(&state, .escape)
        #expect(state.screen == .pbxType)
        Drive.keys(&state, .escape)
        #expect(state.screen == .portal)
        #expect(state.portal?.url.text == "")
        #expect(plain(state).contains("In use now: b24-4711.bitrix24.com"))
        Drive.keys(&state, .escape)
        #expect(state.screen == .pbxType)
    }

    @Test func aFailedCheckLeavesThePortalInUseAlone() {
        var state = Drive.atReview()
        Drive.keys(&state, .character("p"))
        Drive.type(&state, "https://other.bitrix24.com/rest/9/abc/")
        Drive.keys(&state, .enter)
        _ = Wizard.update(&state, .portalChecked(.failure(PortalProblem(.unreachable(said("The host other.bitrix24.com is unknown (DNS)."))))))
        #expect(state.context == Drive.context)
        Drive.keys(&state, .escape)
        #expect(state.screen == .review)
    }

    @Test func aNewPortalAfterARefusedAddReturnsToReviewWithTheDraft() {
        var state = Drive.after(Drive.submitting(),
                                .addFinished(.failure(SIPLineError(kind: .missingScope("telephony"), message: "No."))))
        Drive.type(&state, "https://b24-9.bitrix24.com/rest/3/zz9/")
        #expect(Drive.keys(&state, .enter) == [.checkPortal(webhookURL: "https://b24-9.bitrix24.com/rest/3/zz9/")])
        let check = Drive.check(host: "b24-9.bitrix24.com", redactedWebhook: "…/rest/3/••••/", isSandbox: false,
                                connector: ConnectorStatus(freeMinutes: 12, paid: false))
        #expect(Wizard.update(&state, .portalChecked(.success(check))) == [.loadKnownLines])
        Drive.keys(&state, .escape)
        #expect(state.screen == .review)
        #expect(state.form.title.text == "Sales line")
        #expect(plain(state).contains("b24-9.bitrix24.com"))
        // The lines of the new portal are not listed yet: the service lists them itself before adding.
        #expect(Drive.keys(&state, .enter) == [.submit(DraftValidator.normalized(state.form.draft), knownLines: nil)])
    }

    @Test func lateAnswersAreIgnored() {
        var state = Drive.started()
        #expect(Wizard.update(&state, .portalChecked(.success(Drive.paidCheck))) == [])
        #expect(Wizard.update(&state, .portalSaved(name: "x", error: nil)) == [])
        #expect(state.screen == .pbxType)
        #expect(state.context == Drive.context)
    }

    @Test func questionMarkIsTypedAndF1Helps() {
        var state = Drive.portalStart()
        Drive.type(&state, "?")
        #expect(state.portal?.url.text == "?")
        Drive.keys(&state, .function(1))
        #expect(state.overlay == .help)
        #expect(plain(state).contains("Help · Portal"))
    }
}

@Suite struct PortalRecheckTests {
    @Test func enterOnAnEmptyFieldChecksThePortalInUseAgain() {
        var state = Drive.after(Drive.submitting(),
                                .addFinished(.failure(SIPLineError(kind: .missingRight, message: "No."))))
        #expect(Drive.keys(&state, .enter) == [.recheckPortal])
        #expect(state.portal?.phase == .checking)
        _ = Wizard.update(&state, .portalChecked(.failure(PortalProblem(.missingRight))))
        #expect(state.portal?.phase == .problem(PortalProblem(.missingRight)))
        #expect(Drive.keys(&state, .enter) == [.recheckPortal])
        let unpaid = Drive.check(host: "b24-4711.bitrix24.com", redactedWebhook: "…/rest/1/••••/", isSandbox: true,
                                 connector: ConnectorStatus(freeMinutes: 0, paid: false))
        #expect(Wizard.update(&state, .portalChecked(.success(unpaid))) == [.loadKnownLines])
        #expect(state.screen == .review)
        #expect(state.portal == nil)
        #expect(state.screenNotices.notices.map(\.tone) == [.success, .warning])
    }

    @Test func withoutAPortalAnEmptyFieldIsNotSent() {
        var state = Drive.portalStart()
        #expect(Drive.keys(&state, .enter) == [])
    }
}

@Suite struct PortalNameTests {
    /// The config file's rule for names is the runtime's to apply (PortalConfig owns it); its refusal is shown and
    /// the name can be fixed.
    @Test func aRefusedNameIsShownAndCanBeFixed() {
        var state = Drive.checked(.success(Drive.paidCheck))
        Drive.retype(&state, "acme corp")
        #expect(Drive.keys(&state, .enter) == [.savePortal(name: "acme corp", webhookURL: Drive.webhook)])
        _ = Wizard.update(&state, .portalSaved(name: "acme corp", error: said("a portal name may only contain letters a-z, digits, - and _ (at most 64).")))
        guard case .saveFailed(_, let reason) = state.portal?.phase else {
            Issue.record("the name was not refused")
            return
        }
        #expect(Words.english(reason).contains("letters a-z, digits, - and _"))
        Drive.retype(&state, "acme_corp-2")
        #expect(Drive.keys(&state, .enter) == [.savePortal(name: "acme_corp-2", webhookURL: Drive.webhook)])
    }
}
