import PortalConfig
import SIPLineService
import WizardCore
import Platform

/// The drafts of this wizard run: the one offered on start and the file this run keeps its form in (its own, or
/// the offered one once the person continued it). Written on the UI thread: small local files, written before the
/// terminal is given back, so a hangup cannot cut them short.
final class WizardDraftFiles {
    private let store: DraftStore
    /// Where this run's form goes.
    private(set) var path: String
    private var offered: DraftStore.Kept?

    init(store: DraftStore) {
        self.store = store
        path = store.path(forRun: DraftStore.runID(processID: getpid()))
    }

    /// The newest kept draft, as the wizard offers it, or nil when none is kept.
    func offer() -> DraftOffer? {
        let kept = store.kept()
        guard let newest = kept.first else { return nil }
        offered = newest
        let saved = newest.draft
        let draft = KeptDraft(type: PBXType(rawValue: saved.type) ?? .cloud, title: saved.title, server: saved.server,
                              login: saved.login, portalHost: saved.portal)
        return DraftOffer(draft: draft, typedAt: saved.localTime, othersKept: kept.count - 1)
    }

    /// The offered draft is this run's from now on.
    func adoptOffered() {
        if let offered { path = offered.path }
    }

    func dropOffered() throws(PrivateFiles.Failure) {
        guard let offered else { return }
        self.offered = nil
        try store.discard(at: offered.path)
    }

    func save(_ kept: KeptDraft) throws(PrivateFiles.Failure) {
        try store.save(Self.saved(kept), to: path)
    }

    func discard() throws(PrivateFiles.Failure) {
        try store.discard(at: path)
    }

    static func saved(_ kept: KeptDraft) -> SavedDraft {
        SavedDraft(type: kept.type.rawValue, title: kept.title, server: kept.server, login: kept.login,
                   portal: kept.portalHost)
    }
}
