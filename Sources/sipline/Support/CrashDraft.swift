import PortalConfig
import TerminalUI
import WizardCore

/// Keeps the crash handler's copy of the draft up to date: whenever the draft the wizard would keep on quitting
/// changes, its file is rendered now (the handler may only write bytes), so a crash still leaves what was typed on
/// disk, in the draft file's own format. Lives on the UI thread with the runtime.
final class CrashDraft {
    private let store: DraftStore
    private var last: KeptDraft?
    /// The folder is made when there is first something to keep (the handler cannot make it).
    private lazy var folderReady = (try? store.prepareDirectory()) != nil

    init(store: DraftStore) {
        self.store = store
    }

    /// Call after every event with what the wizard would keep now (nil: nothing worth keeping).
    func follow(_ draft: KeptDraft?) {
        guard draft != last else { return }
        last = draft
        guard let draft, folderReady, let bytes = store.encoded(SavedDraft(
            type: draft.type.rawValue, title: draft.title, server: draft.server, login: draft.login,
            portal: draft.portalHost))
        else { return CrashRescue.forget() }
        CrashRescue.keep(bytes, at: store.path)
    }
}
