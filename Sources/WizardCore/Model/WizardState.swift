import SIPLineService

/// Everything the wizard shows and remembers. A value: `Wizard.update` changes it, `Wizard.render` draws it.
public struct WizardState: Sendable, Equatable {
    public enum Overlay: Sendable, Equatable {
        case none
        case help
        case quitConfirm
        /// "Continue the draft …?" on start, while `offeredDraft` is set.
        case draftOffer
    }

    public enum PreflightState: Sendable, Equatable {
        case loading
        case loaded(Preflight)
        case failed(String)
    }

    /// The portal in use; it follows the portal screen's choice.
    public internal(set) var context: WizardContext
    public internal(set) var screen: Screen = .pbxType
    /// The portal screen, while it is open.
    public internal(set) var portal: PortalStep?
    /// The wizard began on the portal screen: Esc on the PBX type goes back to it.
    public internal(set) var startedOnPortal = false
    public internal(set) var overlay: Overlay = .none
    /// Last size the runtime reported; `nil` until the first `.resized` (then the wizard assumes it fits).
    public internal(set) var size: TerminalSize?
    /// Last monotonic time from a `.tick`.
    public internal(set) var now: Double = 0

    // The draft, as typed.
    public internal(set) var pbxType: PBXType = .cloud
    public internal(set) var title = TextField()
    public internal(set) var server = TextField()
    public internal(set) var login = TextField()
    public internal(set) var password = TextField()
    public internal(set) var showPassword = false
    /// Index into `screen.fields` of the focused text field.
    public internal(set) var focus = 0
    /// Set when a step was opened from review with 1–4: Enter on its last field returns to review.
    public internal(set) var returnToReview = false

    /// Messages under the fields, from validation on Enter or from the portal; editing a field clears its own.
    public internal(set) var fieldNotices: [DraftField: [Notice]] = [:]
    /// Issues shown by the last Enter on a field, so a second Enter accepts a warning that is already on screen.
    var shownIssues: [DraftField: [ValidationIssue]] = [:]
    /// A message for a whole screen (the portal's answers), shown while that screen is open.
    public internal(set) var screenNotices: [Notice] = []
    public internal(set) var screenNoticesOn: Screen?

    public internal(set) var preflight: PreflightState = .loading

    // A draft kept by an earlier run.
    /// Offered on start until the person continues it or starts fresh.
    public internal(set) var offeredDraft: DraftOffer?
    /// A kept draft is still on disk for this form: creating its line discards it.
    public internal(set) var keptDraftOnDisk = false
    /// The draft was continued without its password: the credentials open on the password field.
    var passwordFirst = false

    // Submitting.
    public internal(set) var submitStartedAt: Double?
    public internal(set) var stopRequested = false
    public internal(set) var unknownReason: String?

    // Result.
    public internal(set) var createdLine: CreatedLine?
    /// Set when the add's answer was lost but listing again found the line.
    public internal(set) var createdNote: String?
    /// Every line created in this run (for the exit status and the summary).
    public internal(set) var createdLines: [CreatedLine] = []
    public internal(set) var registration: RegistrationWatch?
    public internal(set) var revealSecrets = false
    public internal(set) var save = SaveState()

    /// The result holds a secret the portal generated (an office line's INCOMING_PASSWORD), which `r` reveals.
    public var hasRevealableSecret: Bool {
        guard let secret = createdLine?.incomingPassword else { return false }
        return !secret.isEmpty
    }

    public init(context: WizardContext) {
        self.context = context
    }

    /// A wizard with no portal yet: it starts on the portal screen and loads nothing until a webhook was checked.
    public init(noPortalIn currentDirectory: String) {
        context = WizardContext(portalHost: "", redactedWebhook: "", isSandbox: false, currentDirectory: currentDirectory)
        screen = .portal
        portal = PortalStep(reason: .noPortal)
        startedOnPortal = true
    }

    /// A portal was checked and is in use.
    public var hasPortal: Bool { !context.portalHost.isEmpty }

    /// The draft as typed.
    public var draft: LineDraft {
        LineDraft(type: pbxType, title: title.text, server: server.text, login: login.text, password: password.text)
    }

    /// Titles of the lines this webhook can see, for the title-in-use warning.
    public var knownTitles: [String] {
        if case .loaded(let preflight) = preflight { return preflight.titles }
        return []
    }

    /// Something was typed or chosen that quitting would throw away.
    public var hasInput: Bool {
        pbxType != .cloud || !title.text.isEmpty || !server.text.isEmpty || !login.text.isEmpty
            || !password.text.isEmpty || !(portal?.url.text.isEmpty ?? true)
    }

    /// What quitting now would keep for the next start: the form as typed without the password, unless its line
    /// was already created or nothing was typed.
    public var draftToKeep: KeptDraft? {
        guard createdLine == nil else { return nil }
        let kept = KeptDraft(type: pbxType, title: title.text, server: server.text, login: login.text,
                             portalHost: context.portalHost)
        return kept.isEmpty ? nil : kept
    }

    public var fitsTerminal: Bool { size?.fitsWizard ?? true }

    func field(_ field: DraftField) -> TextField {
        switch field {
        case .title: title
        case .server: server
        case .login: login
        case .password: password
        case .type: TextField()
        }
    }

    mutating func setField(_ field: DraftField, _ value: TextField) {
        switch field {
        case .title: title = value
        case .server: server = value
        case .login: login = value
        case .password: password = value
        case .type: break
        }
    }
}
