import PortalConfig
import TerminalUI
import WizardCore

/// Keeps the crash handler's copy of the draft up to date: whenever the draft the wizard would keep on quitting (or
/// the file this run keeps it in) changes, the file's bytes are rendered now, since the handler may only write
/// bytes; so a crash still leaves what was typed on disk, in the draft file's own format. On the UI thread.
final class CrashDraft {
    private let drafts: WizardDraftFiles
    private var last: (draft: KeptDraft?, path: String)?
    private var preparedFolder: String?

    init(drafts: WizardDraftFiles) {
        self.drafts = drafts
    }

    /// Call after every event with what the wizard would keep now (nil: nothing worth keeping).
    func follow(_ draft: KeptDraft?) {
        let path = drafts.path
        guard last.map({ $0.draft != draft || $0.path != path }) ?? true else { return }
        last = (draft, path)
        guard let draft, prepareFolder(of: path) else { return CrashRescue.forget() }
        CrashRescue.keep(DraftStore.encoded(WizardDraftFiles.saved(draft)), at: path)
    }

    /// The handler cannot make folders: the draft's is made (0700) when there is first something to keep in it.
    private func prepareFolder(of path: String) -> Bool {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        guard preparedFolder != folder else { return true }
        guard (try? PrivateFiles.makePrivateDirectory(folder)) != nil else { return false }
        preparedFolder = folder
        return true
    }
}
