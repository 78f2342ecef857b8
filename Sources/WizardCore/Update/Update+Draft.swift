import SIPLineService

extension Wizard {
    /// A draft from an earlier run: offered before anything else, unless the person already typed something.
    static func draftFound(_ state: inout WizardState, _ offer: DraftOffer) -> [WizardEffect] {
        guard !offer.draft.isEmpty, !state.hasInput, state.createdLines.isEmpty else { return [] }
        state.offeredDraft = offer
        state.overlay = .draftOffer
        return []
    }

    /// Enter continues the draft, `n` starts fresh and throws it away; Ctrl-C quits and keeps it for next time.
    static func draftOfferKey(_ state: inout WizardState, _ key: Key) -> [WizardEffect] {
        guard let offer = state.offeredDraft else {
            state.overlay = .none
            return []
        }
        switch key {
        case .enter:
            state.continueDraft(offer.draft)
            return []
        case .character("n"), .character("N"):
            state.offeredDraft = nil
            state.overlay = .none
            return [.discardDraft]
        case .control("c"):
            return quitEffects(state)
        default:
            return []
        }
    }
}

extension WizardState {
    /// Fills the form from the kept draft. The file stays until the line is created, so quitting again loses nothing.
    mutating func continueDraft(_ draft: KeptDraft) {
        pbxType = draft.type
        title = TextField(draft.title)
        server = TextField(draft.server)
        login = TextField(draft.login)
        password = TextField()
        passwordFirst = true
        keptDraftOnDisk = true
        offeredDraft = nil
        overlay = .none
        keepCursorsVisible()
    }
}
