import SIPLineService
import Testing
@testable import WizardCore
import Words

@Suite struct SubmitKeyTests {
    private func error(_ kind: SIPLineError.Kind, _ message: String = "The portal said no.") -> WizardEvent {
        .addFinished(.failure(SIPLineError(kind: kind, message: message)))
    }

    @Test func enterOnReviewSubmitsOnce() {
        var state = Drive.atReview(title: "  Sales line ")
        #expect(state.screen == .review)
        let effects = Drive.keys(&state, .enter)
        #expect(effects == [.submit(DraftValidator.normalized(state.form.draft), knownLines: Drive.preflight)])
        #expect(state.screen == .submitting)
        #expect(Wizard.needsTicks(state))
        #expect(Drive.keys(&state, .enter, .enter, .escape, .character("q"), .character("1")) == [])
        #expect(state.screen == .submitting)
    }

    @Test func ctrlCWhileSubmittingStopsWaitingOnce() {
        var state = Drive.submitting()
        #expect(Drive.keys(&state, .control("c")) == [.stopWaiting])
        #expect(state.submit.stopRequested)
        #expect(Drive.keys(&state, .control("c")) == [])
        _ = Wizard.update(&state, .addFinished(.success(.notCreated(reason: said("no new line was listed")))))
        #expect(state.screen == .review)
        #expect(state.screenNotices.notices.first?.text.contains("Press Enter to try again") == true)
        #expect(Drive.keys(&state, .enter).count == 1, "Enter tries again")
    }

    @Test func elapsedTimeComesFromTicks() {
        var state = Drive.after(Drive.submitting(), .tick(seconds: 100))
        _ = Wizard.update(&state, .tick(seconds: 102.6))
        #expect(state.submit.startedAt == 100)
        #expect(Drive.frame(state).plainText.contains("2 s"))
    }

    @Test func reviewDigitsOpenAStepAndEnterComesBack() {
        var state = Drive.atReview()
        Drive.keys(&state, .character("2"))
        #expect(state.screen == .title)
        Drive.type(&state, " 2")
        Drive.keys(&state, .enter)
        #expect(state.screen == .review)
        #expect(state.form.title.text == "Sales line 2")
        Drive.keys(&state, .character("4"), .tab)
        #expect(state.screen == .credentials)
        Drive.keys(&state, .enter)
        #expect(state.screen == .review)
        Drive.keys(&state, .character("1"), .character("2"), .enter)
        #expect(state.screen == .review)
        #expect(state.form.pbxType == .office)
        Drive.keys(&state, .character("3"), .escape)
        #expect(state.screen == .title)
        Drive.keys(&state, .character("p"))
        #expect(state.screen == .title)
    }

    @Test func reviewEscAndPortal() {
        let review = Drive.atReview()
        var state = review
        Drive.keys(&state, .character("p"))
        #expect(state.screen == .portal)
        #expect(state.portal?.reason == .change)
        #expect(Drive.frame(state).plainText.contains("In use now: b24-4711.bitrix24.com"))
        Drive.keys(&state, .escape)
        #expect(state.screen == .review)
        #expect(state.portal == nil)
        #expect(state.form.draft == review.form.draft)
        #expect(state.context == review.context)
        Drive.keys(&state, .escape)
        #expect(state.screen == .credentials)
    }

    /// Reaches review with an empty password (cleared, then Esc back to the type, which returns to review).
    static func reviewWithEmptyPassword() -> WizardState {
        var state = Drive.atReview()
        Drive.keys(&state, .character("4"), .tab, .control("u"), .escape, .escape, .escape)
        #expect(state.screen == .pbxType)
        Drive.keys(&state, .enter)
        return state
    }

    @Test func reviewWithAnErrorOpensTheFirstBadField() {
        var state = Self.reviewWithEmptyPassword()
        #expect(state.screen == .review)
        #expect(Drive.keys(&state, .enter) == [])
        #expect(state.screen == .credentials)
        #expect(state.form.focus == 1)
        #expect(state.form.notices[.password]?.first?.tone == .error)
        Drive.type(&state, "pw")
        Drive.keys(&state, .enter)
        #expect(state.screen == .review)
    }

    @Test func titleExistsGoesBackToTheName() {
        var state = Drive.after(Drive.submitting(), error(.titleExists))
        #expect(state.screen == .title)
        #expect(state.form.notices[.title]?.texts == [
            "A line named \"Sales line\" already exists on this portal. Choose another name."])
        #expect(state.form.server.text == "sip.provider.example")
        Drive.type(&state, "!")
        #expect(state.form.notices[.title] == nil)
        Drive.keys(&state, .enter)
        #expect(state.screen == .review)
    }

    @Test func maxCloudLinesGoesBackToTheType() {
        var state = Drive.after(Drive.submitting(), error(.maxCloudLines))
        #expect(state.screen == .pbxType)
        #expect(state.screenNotices.notices.first?.text.contains("sipline delete") == true)
        Drive.keys(&state, .character("2"))
        #expect(state.screenNotices.notices.isEmpty)
        Drive.keys(&state, .enter)
        #expect(state.screen == .review)
    }

    @Test func portalFieldErrorsAreListedOnReview() {
        let state = Drive.after(Drive.submitting(), error(.fieldErrors(["Server is too long", "Login is empty"])))
        #expect(state.screen == .review)
        #expect(state.screenNotices.notices.map(\.text).suffix(2) == ["Server is too long", "Login is empty"])
    }

    @Test func invalidDraftOpensTheFirstFieldWithAnError() {
        var state = Drive.submitting()
        let issues = [ValidationIssue(field: .login, severity: .error, problem: .required, message: "The login is empty.")]
        _ = Wizard.update(&state, error(.invalidDraft(issues)))
        #expect(state.screen == .credentials)
        #expect(state.form.focus == 0)
        #expect(state.form.notices[.login]?.texts == ["The login is empty."])
    }

    @Test(arguments: [
        (SIPLineError.Kind.authentication, PortalPhrase.badWebhook, "did not accept this webhook"),
        (.missingScope("telephony"), .missingScope("telephony"), "`telephony`"),
        (.missingScope(""), .missingScope("telephony"), "`telephony`"),
        (.missingRight, .missingRight, "Manage numbers — modify"),
        (.wrongAuthType, .wrongAuthType, "WRONG_AUTH_TYPE"),
    ])
    func accessErrorsOpenThePortalScreen(_ kind: SIPLineError.Kind, _ problem: PortalPhrase, _ words: String) {
        var state = Drive.after(Drive.submitting(), error(kind))
        #expect(state.screen == .portal)
        #expect(state.portal?.phase == .problem(PortalProblem(problem)))
        #expect(state.portal?.reason == .addRefused)
        let text = Drive.frame(state).plainText.split(separator: "\n").joined(separator: " ")
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        #expect(text.contains(words))
        #expect(text.contains("Nothing was created"))
        #expect(state.form.title.text == "Sales line")
        // Esc goes back to review unchanged: the person may still want to look at the draft.
        Drive.keys(&state, .escape)
        #expect(state.screen == .review)
    }

    @Test(arguments: [
        (SIPLineError.Kind.unavailable, "The line was not created"),
        (.notFound, "refused"),
        (.refused(code: "INVALID_REQUEST"), "refused"),
    ])
    func availabilityAndOtherRefusalsStayOnReview(_ kind: SIPLineError.Kind, _ words: String) {
        let state = Drive.after(Drive.submitting(), error(kind))
        #expect(state.screen == .review)
        #expect(state.screenNotices.notices.first?.tone == .error)
        #expect(state.screenNotices.notices.first?.text.contains(words) == true)
        #expect(state.form.title.text == "Sales line")
    }

    @Test func unknownOutcomeIsAScreenOfItsOwn() {
        var state = Drive.after(Drive.submitting(),
                                .addFinished(.success(.unknown(reason: said("the connection broke")))))
        #expect(state.screen == .outcomeUnknown)
        #expect(Drive.keys(&state, .enter) == [])
        Drive.keys(&state, .escape)
        #expect(state.screen == .review)
        #expect(state.screenNotices.notices.first?.tone == .warning)

        var quitting = Drive.after(Drive.submitting(),
                                   .addFinished(.success(.unknown(reason: said("the portal could not be asked")))))
        #expect(quitting.screen == .outcomeUnknown)
        // Whether the line exists is unknown: the form is kept, so nothing typed is lost either way.
        let kept = KeptDraft(type: .cloud, title: "Sales line", server: "sip.provider.example", login: "user100",
                             portalHost: "b24-4711.bitrix24.com")
        #expect(Drive.keys(&quitting, .character("q")) == [.saveDraft(kept), .quit(.cancelled)])
    }

    @Test func createdAfterCheckShowsTheResultWithANote() {
        let state = Drive.after(Drive.submitting(),
                                .addFinished(.success(.createdAfterCheck(Drive.cloudLine, reason: said("timeout")))))
        #expect(state.screen == .result)
        #expect(state.result?.foundAfterCheck == said("timeout"))
        #expect(Drive.frame(state).plainText.contains("it was created"))
        #expect(state.createdLines.count == 1)
    }

    @Test func lateAnswersAreIgnored() {
        let state = Drive.after(Drive.atReview(), .addFinished(.success(.created(Drive.cloudLine))))
        #expect(state.screen == .review)
        #expect(state.createdLines.isEmpty)
    }
}
