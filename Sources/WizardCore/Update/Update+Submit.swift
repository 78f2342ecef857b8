import Words
import SIPLineService

extension Wizard {
    /// Enter on review: every field is validated; with errors (they are listed on review) Enter opens the first
    /// field to fix, otherwise the normalized draft is sent once, with the lines listed before to compare against.
    static func createLine(_ state: inout WizardState) -> [WizardEffect] {
        let issues = DraftValidator.validate(state.form.draft, knownTitles: state.knownLines.titles)
        if let firstError = issues.first(where: { $0.severity == .error }) {
            state.form.show(issues)
            state.open(firstError.field)
            return []
        }
        state.screen = .submitting
        state.submit = SubmitState()
        state.screenNotices = ScreenNotices()
        let before = state.knownLinesSpent ? nil : state.knownLines.preflight
        return [.submit(DraftValidator.normalized(state.form.draft), knownLines: before)]
    }

    static func addFinished(_ state: inout WizardState, _ result: Result<AddOutcome, SIPLineError>) -> [WizardEffect] {
        guard state.screen == .submitting else { return [] }
        state.submit.startedAt = nil
        state.submit.stopRequested = false
        // A later add must not compare against a list taken before this one: without a newer list the service
        // lists the lines itself before adding.
        state.knownLinesSpent = true
        switch result {
        case .success(.created(let line)):
            return showResult(&state, line, foundAfterCheck: nil)
        case .success(.createdAfterCheck(let line, let reason)):
            return showResult(&state, line, foundAfterCheck: reason)
        case .success(.notCreated(let reason)):
            state.showOnReview([Notice(.error, ReviewPhrase.notCreated(reason: reason))])
        case .success(.unknown(let reason)):
            state.submit.unknownReason = reason
            state.screen = .outcomeUnknown
        case .failure(let error):
            state.showRefusal(error)
        }
        return []
    }
}

extension WizardState {
    /// The lines the portal already has, counted on the PBX-type screen and compared after an add that may or may
    /// not have happened; a fresh list has not been spent on such a comparison yet.
    mutating func knownLinesLoaded(_ answer: Result<Preflight, SIPLineError>) {
        knownLinesSpent = false
        knownLines = switch answer {
        case .success(let preflight): .loaded(preflight)
        case .failure(let error): .failed(error)
        }
    }

    mutating func portalAskedToWait(_ note: CommandNotePhrase) {
        if screen == .submitting { submit.portalWait = note }
    }

    /// A portal refusal opens the screen that can fix it, with every typed value kept.
    mutating func showRefusal(_ error: SIPLineError) {
        switch error.kind {
        case .invalidDraft(let issues):
            form.show(issues)
            form.returnToReview = true
            if let first = issues.first(where: { $0.severity == .error }) ?? issues.first {
                open(first.field)
            } else {
                showOnReview([Notice(.error, error.phrase)])
            }
        case .titleExists:
            form.notices[.title] = [Notice(.error, ReviewPhrase.titleExists(title: form.draft.title.trimmingSpaces))]
            form.shownIssues[.title] = nil
            open(.title)
        case .maxCloudLines:
            go(to: .pbxType)
            form.returnToReview = true
            screenNotices = ScreenNotices([Notice(.error, ReviewPhrase.maxCloudLines)], on: .pbxType)
        case .fieldErrors(let messages):
            let listed = messages.isEmpty ? [Notice(.error, error.phrase)]
                : messages.map { Notice(.error, ReviewPhrase.portalSaid($0)) }
            showOnReview([Notice(.error, ReviewPhrase.fieldErrorsIntro)] + listed)
        case .authentication, .missingScope, .missingRight, .wrongAuthType:
            // Only another webhook (or more rights for this one) fixes these: the portal screen says which.
            openPortal(reason: .addRefused, returnTo: .review, problem: PortalProblem(error))
        case .unavailable:
            showOnReview([Notice(.error, ReviewPhrase.unavailable(AnyPhrase(error.phrase)))])
        case .notFound, .refused:
            showOnReview([Notice(.error, ReviewPhrase.refused(AnyPhrase(error.phrase)))])
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
