import SIPLineService
import Testing
import WizardCore

/// The portal screen: the webhook URL, its check, the save offer, and the ways in and out.
@Suite struct PortalScreenTests {
    private func plain(_ state: WizardState) -> String { Drive.frame(state).plainText }

    @Test func withoutAPortalTheWizardStartsThereAndAsksNothing() {
        var state = WizardState(noPortalIn: "/home/support")
        #expect(state.screen == .portal)
        #expect(!state.hasPortal)
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
        guard case .problem(.malformed(let reason)) = state.portal?.phase else {
            Issue.record("no problem shown")
            return
        }
        #expect(reason.contains("empty"))
    }

    @Test func theCodeIsShownWhileTypedAndMaskedOnceEntered() {
        var state = Drive.portalStart()
        Drive.type(&state, Drive.webhook)
        #expect(plain(state).contains("q8x2secretcode7"))
        Drive.keys(&state, .enter)
        #expect(!plain(state).contains("q8x2secretcode7"))
        #expect(plain(state).contains("https://b24-4711.bitrix24.com/rest/1/••••/"))
        _ = Wizard.update(&state, .portalChecked(.failure(.badWebhook)))
        #expect(!plain(state).contains("q8x2secretcode7"))
        // Editing shows the URL as typed again, and the diagnosis goes.
        Drive.keys(&state, .backspace)
        #expect(state.portal?.phase == .editing)
        #expect(plain(state).contains("q8x2secretcode7"))
        #expect(!plain(state).contains("did not accept"))
    }

    @Test func aCodeInAnOddShapeIsMaskedToo() {
        var state = Drive.checking("https://b24-4711.bitrix24.com/q8x2secretcode7")
        _ = Wizard.update(&state, .portalChecked(.failure(.malformed("The webhook URL does not contain /rest/USER_ID/CODE/."))))
        #expect(!plain(state).contains("q8x2secretcode7"))
        #expect(plain(state).contains("https://b24-4711.bitrix24.com/••••"))
    }

    @Test func aPassedCheckMovesThePortalAndOffersToSaveIt() {
        var state = Drive.checking()
        let effects = Wizard.update(&state, .portalChecked(.success(Drive.paidCheck)))
        #expect(effects == [.loadPreflight])
        #expect(state.preflight == .loading)
        #expect(state.context.portalHost == "b24-4711.bitrix24.com")
        #expect(state.context.redactedWebhook == "…/rest/1/••••/")
        #expect(state.portal?.name.text == "b24-4711")
        #expect(Drive.keys(&state, .enter) == [.savePortal(name: "b24-4711", webhookURL: Drive.webhook)])
        #expect(Drive.keys(&state, .enter, .escape) == [])
        _ = Wizard.update(&state, .portalSaved(name: "b24-4711", error: nil))
        #expect(state.screen == .pbxType)
        #expect(state.portal == nil)
        #expect(state.screenNotices == [Notice(.success,
            "Saved b24-4711.bitrix24.com as the portal \"b24-4711\" in the config file.")])
    }

    @Test func theNameCanBeChangedAndAFailedSaveCanBeRetriedOrSkipped() {
        var state = Drive.checked(.success(Drive.paidCheck))
        Drive.keys(&state, .control("u"))
        Drive.type(&state, "customer-7")
        #expect(Drive.keys(&state, .enter) == [.savePortal(name: "customer-7", webhookURL: Drive.webhook)])
        _ = Wizard.update(&state, .portalSaved(name: "customer-7", error: "The config file is readable by others."))
        #expect(plain(state).contains("The portal was not saved: The config file is readable by others."))
        #expect(Drive.keys(&state, .enter) == [.savePortal(name: "customer-7", webhookURL: Drive.webhook)])
        _ = Wizard.update(&state, .portalSaved(name: "customer-7", error: "Still no."))
        Drive.keys(&state, .escape)
        #expect(state.screen == .pbxType)
        #expect(state.screenNotices.first?.tone == .info)
        #expect(state.context.portalHost == "b24-4711.bitrix24.com")
    }

    @Test func escSkipsSavingAndAnEmptyNameSavesNothing() {
        var state = Drive.checked(.success(Drive.paidCheck))
        Drive.keys(&state, .control("u"))
        #expect(Drive.keys(&state, .enter) == [])
        #expect(Drive.keys(&state, .escape) == [])
        #expect(state.screen == .pbxType)
        #expect(state.screenNotices == [Notice(.info, "Using b24-4711.bitrix24.com for this run (not saved).")])
    }

    @Test(arguments: [
        ("b24-4711.bitrix24.com", false, "b24-4711"),
        ("portal.example.ru:8443", false, "portal"),
        ("127.0.0.1:40123", false, "local"),
        ("localhost:8080", false, "local"),
        ("[::1]:8080", false, "local"),
        ("127.0.0.1:40123", true, "sandbox"),
    ])
    func theDefaultNameIsTheHostsFirstLabel(_ host: String, _ sandbox: Bool, _ name: String) {
        let check = PortalCheck(host: host, redactedWebhook: "…/rest/1/••••/", isSandbox: sandbox,
                                connector: ConnectorStatus(freeMinutes: 0, paid: true))
        let state = Drive.checked(.success(check))
        #expect(state.portal?.name.text == name)
        #expect(state.context.isSandbox == sandbox)
    }

    @Test func escOnTheFirstScreenQuitsAndEscOnTheTypeComesBack() {
        var empty = Drive.portalStart()
        #expect(Drive.keys(&empty, .escape) == [.quit(exitCode: 130, summary: nil)])
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
        _ = Wizard.update(&state, .portalChecked(.failure(.unreachable("The host other.bitrix24.com is unknown (DNS)."))))
        #expect(state.context == Drive.context)
        Drive.keys(&state, .escape)
        #expect(state.screen == .review)
    }

    @Test func aNewPortalAfterARefusedAddReturnsToReviewWithTheDraft() {
        var state = Drive.submitting()
        _ = Wizard.update(&state, .addFinished(.failure(SIPLineError(kind: .missingScope("telephony"), message: "No."))))
        Drive.type(&state, "https://b24-9.bitrix24.com/rest/3/zz9/")
        #expect(Drive.keys(&state, .enter) == [.checkPortal(webhookURL: "https://b24-9.bitrix24.com/rest/3/zz9/")])
        let check = PortalCheck(host: "b24-9.bitrix24.com", redactedWebhook: "…/rest/3/••••/", isSandbox: false,
                                connector: ConnectorStatus(freeMinutes: 12, paid: false))
        #expect(Wizard.update(&state, .portalChecked(.success(check))) == [.loadPreflight])
        Drive.keys(&state, .escape)
        #expect(state.screen == .review)
        #expect(state.title.text == "Sales line")
        #expect(plain(state).contains("b24-9.bitrix24.com"))
        #expect(Drive.keys(&state, .enter) == [.submit(DraftValidator.normalized(state.draft))])
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
        var state = Drive.submitting()
        _ = Wizard.update(&state, .addFinished(.failure(SIPLineError(kind: .missingRight, message: "No."))))
        #expect(Drive.keys(&state, .enter) == [.recheckPortal])
        #expect(state.portal?.phase == .checking)
        _ = Wizard.update(&state, .portalChecked(.failure(.missingRight)))
        #expect(state.portal?.phase == .problem(.missingRight))
        #expect(Drive.keys(&state, .enter) == [.recheckPortal])
        let unpaid = PortalCheck(host: "b24-4711.bitrix24.com", redactedWebhook: "…/rest/1/••••/", isSandbox: true,
                                 connector: ConnectorStatus(freeMinutes: 0, paid: false))
        #expect(Wizard.update(&state, .portalChecked(.success(unpaid))) == [.loadPreflight])
        #expect(state.screen == .review)
        #expect(state.portal == nil)
        #expect(state.screenNotices.map(\.tone) == [.success, .warning])
    }

    @Test func withoutAPortalAnEmptyFieldIsNotSent() {
        var state = Drive.portalStart()
        #expect(Drive.keys(&state, .enter) == [])
    }
}

@Suite struct PortalNameTests {
    @Test(arguments: ["acme corp", "офис", String(repeating: "a", count: 65), "a.b"])
    func aNameTheConfigFileCannotHoldIsRefusedBeforeSaving(_ name: String) {
        var state = Drive.checked(.success(Drive.paidCheck))
        Drive.keys(&state, .control("u"))
        Drive.type(&state, name)
        #expect(Drive.keys(&state, .enter) == [])
        guard case .saveFailed(_, let reason) = state.portal?.phase else {
            Issue.record("the name was not refused")
            return
        }
        #expect(reason.contains("letters a-z, digits, - and _"))
        Drive.keys(&state, .control("u"))
        Drive.type(&state, "acme_corp-2")
        #expect(Drive.keys(&state, .enter) == [.savePortal(name: "acme_corp-2", webhookURL: Drive.webhook)])
    }
}
