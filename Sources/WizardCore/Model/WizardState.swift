import SIPLineService

/// Everything the wizard shows and remembers. A value: `Wizard.update` changes it, `Wizard.render` draws it.
public struct WizardState: Sendable, Equatable {
    public enum Overlay: Sendable, Equatable {
        case none
        case help
        case quitConfirm
    }

    public enum PreflightState: Sendable, Equatable {
        case loading
        case loaded(Preflight)
        case failed(String)
    }

    public let context: WizardContext
    public internal(set) var screen: Screen = .pbxType
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
            || !password.text.isEmpty
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
