import PortalConfig
import SIPLineService
import WizardCore

/// The wizard's draft effects against the draft file. Synchronous on the UI thread: a small local file, written
/// before the terminal is given back, so a hangup cannot cut it short.
struct WizardDrafts {
    let store: DraftStore

    /// The kept draft as the wizard offers it, or nil when there is none (or the file is not a draft).
    func offer() -> DraftOffer? {
        guard let saved = store.load() else { return nil }
        let draft = KeptDraft(type: PBXType(rawValue: saved.type) ?? .cloud, title: saved.title, server: saved.server,
                              login: saved.login, portalHost: saved.portal)
        return DraftOffer(draft: draft, typedAt: saved.localTime)
    }

    /// Carries out `.saveDraft` / `.discardDraft`; false for any other effect. A failure to write is not worth
    /// stopping the quit for: the form is lost as it would have been without a draft.
    func perform(_ effect: WizardEffect) -> Bool {
        switch effect {
        case .saveDraft(let draft):
            try? store.save(SavedDraft(type: draft.type.rawValue, title: draft.title, server: draft.server,
                                       login: draft.login, portal: draft.portalHost))
            return true
        case .discardDraft:
            try? store.discard()
            return true
        default:
            return false
        }
    }
}
