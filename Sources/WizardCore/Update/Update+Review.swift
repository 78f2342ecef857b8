import SIPLineService

extension Wizard {
    static func reviewKey(_ state: inout WizardState, _ key: Key) -> [WizardEffect] {
        switch key {
        case .enter:
            return createLine(&state)
        case .character("1"):
            state.editStep(.pbxType)
        case .character("2"):
            state.editStep(.title)
        case .character("3"):
            state.editStep(.server)
        case .character("4"):
            state.editStep(.credentials)
        case .character("p"), .character("P"):
            state.openPortal(reason: .change, returnTo: .review)
        case .escape:
            state.go(to: .credentials)
        default:
            break
        }
        return []
    }

    /// Enter on review: every field is validated; with errors (they are listed on review) Enter opens the first
    /// field to fix, otherwise the normalized draft is sent once.
    static func createLine(_ state: inout WizardState) -> [WizardEffect] {
        let issues = DraftValidator.validate(state.draft, knownTitles: state.knownTitles)
        if let firstError = issues.first(where: { $0.severity == .error }) {
            state.showIssues(issues)
            state.open(firstError.field)
            return []
        }
        state.screen = .submitting
        state.submitStartedAt = nil
        state.stopRequested = false
        state.screenNotices = []
        state.screenNoticesOn = nil
        return [.submit(DraftValidator.normalized(state.draft))]
    }

    static func addFinished(_ state: inout WizardState, _ result: Result<AddOutcome, SIPLineError>) -> [WizardEffect] {
        guard state.screen == .submitting else { return [] }
        state.submitStartedAt = nil
        state.stopRequested = false
        switch result {
        case .success(.created(let line)):
            return showResult(&state, line, note: nil)
        case .success(.createdAfterCheck(let line, let reason)):
            return showResult(&state, line, note: Strings.createdAfterCheck(reason: reason))
        case .success(.notCreated(let reason)):
            state.showOnReview([Notice(.error, Strings.notCreated(reason: reason))])
        case .success(.unknown(let reason)):
            state.unknownReason = reason
            state.screen = .outcomeUnknown
        case .failure(let error):
            mapError(&state, error)
        }
        return []
    }

    /// A portal refusal opens the screen that can fix it, with every typed value kept.
    static func mapError(_ state: inout WizardState, _ error: SIPLineError) {
        switch error.kind {
        case .invalidDraft(let issues):
            state.showIssues(issues)
            state.returnToReview = true
            if let first = issues.first(where: { $0.severity == .error }) ?? issues.first {
                state.open(first.field)
            } else {
                state.showOnReview([Notice(.error, error.message)])
            }
        case .titleExists:
            state.fieldNotices[.title] = [Notice(.error, Strings.titleExists(state.draft.title))]
            state.shownIssues[.title] = nil
            state.open(.title)
        case .maxCloudLines:
            state.go(to: .pbxType)
            state.returnToReview = true
            state.screenNotices = [Notice(.error, Strings.maxCloudLines)]
            state.screenNoticesOn = .pbxType
        case .fieldErrors(let messages):
            let listed = messages.isEmpty ? [error.message] : messages
            state.showOnReview([Notice(.error, Strings.fieldErrorsIntro)] + listed.map { Notice(.error, $0) })
        case .authentication, .missingScope, .missingRight, .wrongAuthType:
            // Only another webhook (or more rights for this one) fixes these: the portal screen says which.
            state.openPortal(reason: .addRefused, returnTo: .review, problem: PortalProblem(error))
        case .unavailable:
            state.showOnReview([Notice(.error, Strings.unavailable(error.message))])
        case .outcomeUnknown:
            state.unknownReason = error.message
            state.screen = .outcomeUnknown
        case .notFound, .refused:
            state.showOnReview([Notice(.error, Strings.refused(error.message))])
        }
    }

    static func outcomeUnknownKey(_ state: inout WizardState, _ key: Key) -> [WizardEffect] {
        switch key {
        case .escape:
            state.showOnReview([Notice(.warning, Strings.checkBeforeRetry)])
        case .character("q"), .character("Q"):
            return quitEffects(state)
        default:
            break
        }
        return []
    }
}

extension WizardState {
    /// 1–4 on review: that step, and Enter on its last field comes back to review.
    mutating func editStep(_ screen: Screen) {
        go(to: screen)
        returnToReview = true
    }

    /// The screen and field where `field` is fixed.
    mutating func open(_ field: DraftField) {
        switch field {
        case .type: go(to: .pbxType)
        case .title: go(to: .title)
        case .server: go(to: .server)
        case .login: go(to: .credentials, focus: 0)
        case .password: go(to: .credentials, focus: 1)
        }
        returnToReview = true
    }

    mutating func showIssues(_ issues: [ValidationIssue]) {
        for field in DraftField.allCases {
            let own = issues.filter { $0.field == field }
            fieldNotices[field] = own.isEmpty ? nil : own.map(Notice.init)
            shownIssues[field] = own.isEmpty ? nil : own
        }
    }

    mutating func showOnReview(_ notices: [Notice]) {
        go(to: .review)
        screenNotices = notices
        screenNoticesOn = .review
    }
}
