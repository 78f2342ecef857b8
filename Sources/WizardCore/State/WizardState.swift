import Words
import SIPLineService

/// Everything the wizard shows and remembers. A value: `Wizard.update` changes it, `Wizard.render` draws it.
/// Each screen's update and painter reads its own part: the form, the portal step, the add under way, the result.
public struct WizardState: Sendable, Equatable {
    public enum Overlay: Sendable, Equatable {
        case none
        case help
        case quitConfirm
        /// "Continue the draft …?" on start, while `keptDraft.offered` is set.
        case draftOffer
    }

    /// The portal in use; it follows the portal screen's choice.
    public internal(set) var context: WizardContext
    public internal(set) var screen: Screen = .pbxType
    public internal(set) var overlay: Overlay = .none
    /// Last size the runtime reported; `nil` until the first `.resized` (then the wizard assumes it fits).
    public internal(set) var size: TerminalSize?
    /// Last monotonic time from a `.tick`.
    public internal(set) var now: Double = 0
    /// The wizard began on the portal screen: Esc on the PBX type goes back to it.
    public internal(set) var startedOnPortal = false

    public internal(set) var form = FormState()
    /// The portal screen, while it is open.
    public internal(set) var portal: PortalStep?
    public internal(set) var knownLines: KnownLines = .loading
    /// The server's background check, once the server step was left.
    public internal(set) var serverCheck: ServerCheckState?
    /// The known lines were taken before the last add: the next add must not compare against them.
    var knownLinesSpent = false
    /// The portal's answers shown on the screen that can act on them.
    public internal(set) var screenNotices = ScreenNotices()
    public internal(set) var keptDraft = DraftKeeping()
    public internal(set) var submit = SubmitState()
    /// The result screen's line, while it is shown.
    public internal(set) var result: ResultState?
    /// Every line created in this run (for the quit reason and the summary).
    public internal(set) var createdLines: [CreatedLine] = []

    public init(context: WizardContext) {
        self.context = context
        if context.portal == nil {
            // No portal yet: the portal screen first, and nothing is listed until a webhook was checked.
            screen = .portal
            portal = PortalStep(reason: .noPortal)
            startedOnPortal = true
        }
    }

    /// Something was typed or chosen that quitting would throw away.
    public var hasInput: Bool {
        form.hasInput || !(portal?.url.text.isEmpty ?? true)
    }

    /// What quitting now would keep for the next start: the form as typed without the password, unless its line
    /// was already created or nothing was typed.
    public var draftToKeep: KeptDraft? {
        guard result == nil else { return nil }
        let kept = KeptDraft(type: form.pbxType, title: form.title.text, server: form.server.text,
                             login: form.login.text, portalHost: context.portal?.host ?? "")
        return kept.isEmpty ? nil : kept
    }

    public var fitsTerminal: Bool { size?.fitsWizard ?? true }

    /// A text field has the keyboard: `?` is typed, not help.
    var isEditingText: Bool {
        switch screen {
        case .title, .server, .credentials: true
        case .result: result?.save.phase == .asking || result?.fix != nil
        case .portal: !(portal?.isWaiting ?? true)
        default: false
        }
    }
}
