import SIPLineService
import Testing
@testable import WizardCore
import Words

/// Every screen and error state at 80×24 (plus a Cyrillic title, 120×40 and ASCII), compared with Golden/*.txt,
/// in each language: English as `<name>.txt`, Russian as `ru-<name>.txt` (Russian runs ~30 % longer, so these
/// frames also show that the layout takes its widths from the words).
@Suite struct GoldenFrameTests {

    private func failed(_ kind: SIPLineError.Kind, _ message: String = "The portal said no.") -> WizardState {
        let state = Drive.after(Drive.submitting(), .addFinished(.failure(SIPLineError(kind: kind, message: message))))
        return state
    }

    private func onTitle(_ text: String) -> WizardState {
        var state = Drive.started()
        Drive.keys(&state, .enter)
        Drive.type(&state, text)
        return state
    }

    @Test func portal() { Drive.inEachLanguage(portalFrames) }

    private func portalFrames() {
        Golden.assert(Drive.frame(Drive.portalStart()), named: "00-portal-empty")
        var typed = Drive.portalStart()
        Drive.type(&typed, Drive.webhook)
        Golden.assert(Drive.frame(typed), named: "00-portal-typed")
        var checking = Drive.after(Drive.checking(), .tick(seconds: 3))
        _ = Wizard.update(&checking, .tick(seconds: 4.6))
        Golden.assert(Drive.frame(checking), named: "00-portal-checking")
        Golden.assert(Drive.frame(checking, unicode: false), named: "00-portal-checking-ascii")

        let problems: [(String, PortalPhrase)] = [
            ("malformed", .malformed(said("The webhook URL uses http:// to b24-4711.bitrix24.com; only https:// is "
                + "accepted (http:// only for 127.0.0.1 or localhost)."))),
            ("unreachable", .unreachable(said("The host b24-4711.bitrix24.com could not be resolved (DNS)."))),
            ("bad-webhook", .badWebhook),
            ("missing-scope", .missingScope("telephony")),
            ("missing-right", .missingRight),
        ]
        for (name, problem) in problems {
            let url = name == "malformed" ? "http://b24-4711.bitrix24.com/rest/1/q8x2secretcode7/" : Drive.webhook
            Golden.assert(Drive.frame(Drive.checked(.failure(PortalProblem(problem)), url: url)), named: "00-portal-" + name)
        }

        func connector(_ status: ConnectorStatus) -> PortalCheck {
            Drive.check(host: "b24-4711.bitrix24.com", redactedWebhook: "…/rest/1/••••/", isSandbox: false,
                        connector: status)
        }
        Golden.assert(Drive.frame(Drive.checked(.success(Drive.paidCheck))), named: "00-portal-paid")
        Golden.assert(Drive.frame(Drive.checked(.success(connector(ConnectorStatus(freeMinutes: 37, paid: false))))),
                      named: "00-portal-unpaid-free-minutes")
        Golden.assert(Drive.frame(Drive.checked(.success(connector(ConnectorStatus(freeMinutes: 0, paid: false))))),
                      named: "00-portal-unpaid-none")

        var offer = Drive.checked(.success(Drive.paidCheck))
        Drive.retype(&offer, "customer-7")
        Golden.assert(Drive.frame(offer), named: "00-portal-save-offer")
        Drive.keys(&offer, .enter)
        Golden.assert(Drive.frame(offer), named: "00-portal-saving")
        _ = Wizard.update(&offer, .portalSaved(name: "customer-7", error: said("The directory ~/.config/sipline could not be created (permission denied).")))
        Golden.assert(Drive.frame(offer), named: "00-portal-save-failed")
        Drive.keys(&offer, .enter)
        _ = Wizard.update(&offer, .portalSaved(name: "customer-7", error: nil))
        _ = Wizard.update(&offer, .knownLinesLoaded(.success(Drive.preflight)))
        Golden.assert(Drive.frame(offer), named: "00-portal-saved")

        var review = Drive.atReview()
        Drive.keys(&review, .character("p"))
        Golden.assert(Drive.frame(review), named: "00-portal-from-review")
    }

    @Test func pbxType() { Drive.inEachLanguage(pbxTypeFrames) }

    private func pbxTypeFrames() {
        Golden.assert(Drive.frame(Drive.started()), named: "01-type")
        var loading = WizardState(context: Drive.context)
        _ = Wizard.update(&loading, .started)
        Golden.assert(Drive.frame(loading), named: "01-type-loading")
        Golden.assert(Drive.frame(Drive.started(), unicode: false), named: "01-type-ascii")
        var office = Drive.started()
        Drive.keys(&office, .character("2"))
        Golden.assert(Drive.frame(office), named: "01-type-office")
    }

    @Test func connectionName() { Drive.inEachLanguage(connectionNameFrames) }

    private func connectionNameFrames() {
        Golden.assert(Drive.frame(onTitle("Main")), named: "02-name")
        Golden.assert(Drive.frame(onTitle("Главный офис Москва")), named: "02-name-cyrillic")
        Golden.assert(Drive.frame(onTitle(String(repeating: "Очень длинное имя ", count: 5) + "Конец")),
                      named: "02-name-counter-scrolled")
        var required = onTitle("")
        Drive.keys(&required, .enter)
        Golden.assert(Drive.frame(required), named: "02-name-error-required")
        var long = onTitle(String(repeating: "x", count: 101))
        Drive.keys(&long, .enter)
        Golden.assert(Drive.frame(long), named: "02-name-error-too-long")
        var warning = onTitle("Main office")
        Drive.keys(&warning, .enter)
        Golden.assert(Drive.frame(warning), named: "02-name-warning-in-use")
    }

    @Test(arguments: [
        ("ok", "sip.provider.example"),
        ("error-sip-uri", "sip:user100@sip.provider.example:5060;transport=udp"),
        ("error-path", "sip.provider.example/sip"),
        ("error-user-part", "user100@sip.provider.example"),
        ("error-space", "sip provider.example"),
        ("error-non-ascii", "сервер.рф"),
        ("error-invalid-host", "sip..example"),
        ("error-invalid-port", "sip.provider.example:70000"),
        ("error-bare-ipv6", "2001:db8::1"),
        ("error-required", ""),
    ])
    func server(_ name: String, _ value: String) {
        Drive.inEachLanguage { serverFrame(name, value) }
    }

    private func serverFrame(_ name: String, _ value: String) {
        var state = onTitle("Sales line")
        Drive.keys(&state, .enter)
        Drive.type(&state, value)
        if name != "ok" { Drive.keys(&state, .enter) }
        #expect(state.screen == .server)
        Golden.assert(Drive.frame(state), named: "03-server-" + name)
    }

    @Test func credentials() { Drive.inEachLanguage(credentialsFrames) }

    private func credentialsFrames() {
        var state = onTitle("Sales line")
        Drive.answers(&state, "sip.provider.example", "user100")
        Drive.keys(&state, .tab)
        Drive.type(&state, "pässwörd-1")
        Golden.assert(Drive.frame(state), named: "04-credentials-masked")
        Drive.keys(&state, .control("r"))
        Golden.assert(Drive.frame(state), named: "04-credentials-shown")
        Drive.keys(&state, .control("r"))
        Drive.type(&state, " ")
        Drive.keys(&state, .enter)
        Golden.assert(Drive.frame(state), named: "04-credentials-error-password-space")
        Drive.keys(&state, .backTab, .control("u"), .enter)
        Golden.assert(Drive.frame(state), named: "04-credentials-error-login-required")
    }

    @Test func review() { Drive.inEachLanguage(reviewFrames) }

    private func reviewFrames() {
        Golden.assert(Drive.frame(Drive.atReview()), named: "05-review")
        Golden.assert(Drive.frame(Drive.atReview(title: "Главный офис", type: .office)), named: "05-review-cyrillic-office")
        let notice = Drive.atReview(server: "https://sip.provider.example")
        #expect(notice.screen == .review)
        Golden.assert(Drive.frame(notice), named: "05-review-notice-scheme")
        Golden.assert(Drive.frame(SubmitKeyTests.reviewWithEmptyPassword()), named: "05-review-error-listed")
        var warned = Drive.started()
        Drive.keys(&warned, .enter)
        Drive.type(&warned, "Main office")
        Drive.keys(&warned, .enter, .enter)
        Drive.type(&warned, "sip.provider.example")
        Drive.answers(&warned, "user1", "pw")
        Drive.keys(&warned, .enter)
        Golden.assert(Drive.frame(warned), named: "05-review-title-warning")
    }

    @Test func submitting() { Drive.inEachLanguage(submittingFrames) }

    private func submittingFrames() {
        var state = Drive.after(Drive.submitting(), .tick(seconds: 10), .tick(seconds: 12.3))
        Golden.assert(Drive.frame(state), named: "06-submitting")
        let waiting = Drive.after(state, .portalAskedToWait(.rateLimitWait(delay: DurationPhrase(.milliseconds(1500)), retry: 2)))
        Golden.assert(Drive.frame(waiting), named: "06-submitting-portal-asked-to-wait")
        Drive.keys(&state, .control("c"))
        Golden.assert(Drive.frame(state), named: "06-submitting-stopping")
    }

    @Test func portalErrors() { Drive.inEachLanguage(portalErrorsFrames) }

    private func portalErrorsFrames() {
        Golden.assert(Drive.frame(failed(.titleExists)), named: "07-error-title-exists")
        Golden.assert(Drive.frame(failed(.maxCloudLines)), named: "07-error-max-cloud-pbx")
        Golden.assert(Drive.frame(failed(.fieldErrors(["The SERVER field is too long.", "The LOGIN field is empty.",
                                                      "Wrong TYPE."]))), named: "07-error-check-fields")
        Golden.assert(Drive.frame(failed(.authentication)), named: "07-error-authentication")
        Golden.assert(Drive.frame(failed(.missingScope("telephony"))), named: "07-error-missing-scope")
        Golden.assert(Drive.frame(failed(.missingRight)), named: "07-error-missing-right")
        Golden.assert(Drive.frame(failed(.wrongAuthType)), named: "07-error-wrong-auth-type")
        Golden.assert(Drive.frame(failed(.unavailable, "The connection to b24-4711.bitrix24.com was refused.")),
                      named: "07-error-unavailable")
        let outcomes: [(AddOutcome, String)] = [
            (.notCreated(reason: said("the answer was lost; no new line was listed")), "07-error-not-created"),
            (.unknown(reason: Drive.unknownReason), "07-error-unknown-outcome"),
            (.createdAfterCheck(Drive.cloudLine, reason: said("read timeout")), "07-created-after-check"),
        ]
        for (outcome, name) in outcomes {
            Golden.assert(Drive.frame(Drive.after(Drive.submitting(), .addFinished(.success(outcome)))), named: name)
        }
    }

    @Test func resultCloud() { Drive.inEachLanguage(resultCloudFrames) }

    private func resultCloudFrames() {
        let state = Drive.after(Drive.result(), .tick(seconds: 50), .tick(seconds: 54.2))
        Golden.assert(Drive.frame(state), named: "08-result-cloud-in-progress")
        let success = Drive.after(state, .statusPolled(.success(RegistrationStatus(regID: 151082, result: .success,
                                                                                    statusCode: 200))))
        Golden.assert(Drive.frame(success), named: "08-result-cloud-registered")
        let failure = Drive.after(state, .statusPolled(.success(RegistrationStatus(
            regID: 151082, result: .error, statusCode: 401, errorMessage: "Unauthorized\u{1B}[31m"))))
        Golden.assert(Drive.frame(failure), named: "08-result-cloud-failed-401")
        var save = success
        Drive.keys(&save, .character("s"))
        Golden.assert(Drive.frame(save), named: "08-result-save-prompt")
        Drive.keys(&save, .enter)
        _ = Wizard.update(&save, .detailsSaved(path: "/home/support/sipline-line-17.txt", error: nil))
        Golden.assert(Drive.frame(save), named: "08-result-saved")
    }

    @Test func resultOffice() { Drive.inEachLanguage(resultOfficeFrames) }

    private func resultOfficeFrames() {
        var state = Drive.result(Drive.officeLine)
        Golden.assert(Drive.frame(state), named: "09-result-office-masked")
        Drive.keys(&state, .character("r"))
        Golden.assert(Drive.frame(state), named: "09-result-office-revealed")
    }

    @Test func overlays() { Drive.inEachLanguage(overlaysFrames) }

    private func overlaysFrames() {
        var help = onTitle("Main")
        Drive.keys(&help, .function(1))
        Golden.assert(Drive.frame(help), named: "10-help-name")
        var reviewHelp = Drive.atReview()
        Drive.keys(&reviewHelp, .character("?"))
        Golden.assert(Drive.frame(reviewHelp), named: "10-help-review")
        var quit = onTitle("Main")
        Drive.keys(&quit, .control("c"))
        Golden.assert(Drive.frame(quit), named: "10-quit-confirm")
    }

    @Test func sizes() { Drive.inEachLanguage(sizesFrames) }

    private func sizesFrames() {
        let state = onTitle("Main")
        Golden.assert(Drive.frame(state, TerminalSize(columns: 60, rows: 20)), named: "11-too-small-60x20")
        Golden.assert(Drive.frame(Drive.atReview(title: "Главный офис"), TerminalSize(columns: 120, rows: 40)),
                      named: "11-review-120x40")
        var wide = onTitle("東京オフィス 👍🏽")
        _ = Wizard.update(&wide, .resized(TerminalSize(columns: 120, rows: 40)))
        Golden.assert(Drive.frame(wide, TerminalSize(columns: 120, rows: 40)), named: "11-name-120x40-wide")
    }

    /// The help of every screen the two above do not show: every row of its key table inside the box, nothing cut
    /// or dropped (the closing sentence is the box's last line).
    @Test func helpOnEveryScreen() { Drive.inEachLanguage(helpFrames) }

    private func helpFrames() {
        var server = onTitle("Sales line")
        Drive.keys(&server, .enter)
        var credentials = server
        Drive.type(&credentials, "sip.provider.example")
        Drive.keys(&credentials, .enter)
        let unknown = Drive.after(Drive.submitting(), .addFinished(.success(.unknown(reason: Drive.unknownReason))))
        var savePrompt = Drive.result()
        Drive.keys(&savePrompt, .character("s"))
        let screens: [(String, WizardState)] = [
            ("portal", Drive.portalStart()), ("portal-checking", Drive.checking()),
            ("portal-offer", Drive.checked(.success(Drive.paidCheck))), ("type", Drive.started()),
            ("server", server), ("credentials", credentials), ("submitting", Drive.submitting()),
            ("unknown-outcome", unknown), ("result-cloud", Drive.result()), ("result-office", Drive.result(Drive.officeLine)),
            ("result-save-prompt", savePrompt),
        ]
        for (name, screen) in screens {
            var help = screen
            Drive.keys(&help, .function(1))
            #expect(help.overlay == .help, "F1 opens no help on \(name)")
            let frame = Drive.frame(help)
            let closing = Drive.words(OverlayPhrase.helpCloses)
            #expect(frame.plainText.contains(closing), "the help of \(name) lost its last rows")
            Golden.assert(frame, named: "13-help-" + name)
        }
    }

    @Test func cursorRestsAtTheEditPoint() {
        let state = onTitle("Главный")
        let frame = Drive.frame(state)
        #expect(frame.cursor == CursorPosition(row: 7, column: 9 + 7))
        var moved = state
        Drive.keys(&moved, .home)
        #expect(Drive.frame(moved).cursor == CursorPosition(row: 7, column: 9))
        #expect(Drive.frame(Drive.started()).cursor == nil)
    }

    @Test func workingLine() { Drive.inEachLanguage(workingLineFrames) }

    private func workingLineFrames() {
        var server = onTitle("Sales line")
        Drive.keys(&server, .enter)
        Drive.type(&server, "sip.provider.example")
        Drive.keys(&server, .enter, .escape)
        _ = Wizard.update(&server, .serverChecked(server: "sip.provider.example", report: WorkingLineTests.unresolved))
        Golden.assert(Drive.frame(server), named: "13-server-check-warning")
        var review = Drive.after(Drive.atReview(),
                                 .serverChecked(server: "sip.provider.example", report: WorkingLineTests.unresolved))
        Golden.assert(Drive.frame(review), named: "13-review-server-check")
        // A long refusal and the check together: the button gives up its box rather than a message its words.
        _ = Drive.keys(&review, .enter)
        let reason = said("Could not connect to b24-4711.bitrix24.com:443 (connection refused): the connection was refused "
            + "or the host is unreachable. Nothing was sent. Check the portal address and the network.")
        _ = Wizard.update(&review, .addFinished(.failure(SIPLineError(kind: .unavailable, message: Words.english(reason)))))
        Golden.assert(Drive.frame(review), named: "13-review-long-messages")

        var fix = WorkingLineTests.failed(401, message: "Unauthorized")
        Drive.keys(&fix, .character("e"))
        Drive.type(&fix, "n3w")
        Golden.assert(Drive.frame(fix), named: "14-result-fix-registration")
        var made = Drive.result(Drive.officeLine)
        Drive.keys(&made, .character("d"))
        _ = Wizard.update(&made, .defaultLineSet(.success(DefaultLineChange(
            outcome: .madeDefault, was: .baseNumber, now: .officeSIP(configID: 18), expected: .officeSIP(configID: 18),
            names: ["sip18": "Warehouse PBX"]))))
        Golden.assert(Drive.frame(made), named: "14-result-default-set")

        var config = Drive.result(Drive.officeLine)
        Drive.keys(&config, .character("c"))
        Golden.assert(Drive.frame(config), named: "15-pbx-config-asterisk")
        Drive.keys(&config, .pageDown)
        Golden.assert(Drive.frame(config), named: "15-pbx-config-asterisk-scrolled")
        Drive.keys(&config, .character("2"))
        Golden.assert(Drive.frame(config), named: "15-pbx-config-freepbx")
        Drive.keys(&config, .character("3"), .character("r"))
        Golden.assert(Drive.frame(config), named: "15-pbx-config-generic-revealed")
    }
}
