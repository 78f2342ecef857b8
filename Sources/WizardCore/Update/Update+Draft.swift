import Words
import SIPLineService

extension WizardState {
    /// A draft from an earlier run: offered before anything else, unless the person already typed something.
    mutating func offer(_ offer: DraftOffer) {
        guard !offer.draft.isEmpty, !hasInput, createdLines.isEmpty else { return }
        keptDraft.offered = offer
        overlay = .draftOffer
    }

    /// Enter on the offer: the form filled from the draft. The file stays until the line is created, so quitting
    /// again loses nothing.
    mutating func continueOfferedDraft() -> [WizardEffect] {
        guard let draft = keptDraft.offered?.draft else {
            overlay = .none
            return []
        }
        form.pbxType = draft.type
        form.title = TextField(draft.title)
        form.server = TextField(draft.server)
        form.login = TextField(draft.login)
        form.password = TextField()
        form.passwordFirst = true
        keptDraft.onDisk = true
        keptDraft.offered = nil
        overlay = .none
        keepCursorsVisible()
        return [.continueDraft]
    }

    /// `n` on the offer: start fresh; the draft is thrown away.
    mutating func startFresh() -> [WizardEffect] {
        keptDraft.offered = nil
        overlay = .none
        return [.dropOfferedDraft]
    }
}
