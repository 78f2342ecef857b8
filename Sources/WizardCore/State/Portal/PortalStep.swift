import Words

/// The portal screen: the webhook URL field, its check, and the offer to save it as a named portal.
public struct PortalStep: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// The URL as typed, shown as typed.
        case editing
        /// `.checkPortal` (or `.recheckPortal`) was sent; the answer is awaited.
        case checking
        /// The check failed; the URL is shown with its code masked until it is edited.
        case problem(PortalProblem)
        /// The check passed: "Save this portal as: [name]".
        case offer(PortalCheck)
        case saving(PortalCheck, name: String)
        case saveFailed(PortalCheck, reason: AnyPhrase)
    }

    /// Why the screen is open.
    public enum Reason: Sendable, Equatable {
        /// No portal was given or configured.
        case noPortal
        /// `p` on review (or Esc on the PBX type when the wizard began here).
        case change
        /// The add was refused for the webhook's sake (authentication, scope, right).
        case addRefused
    }

    public internal(set) var phase: Phase = .editing
    public internal(set) var reason: Reason
    /// Where the wizard goes once a portal was chosen, or back to on Esc.
    public internal(set) var returnTo: Screen
    /// The webhook URL as typed. It holds the secret code: it is rendered masked once checked, goes only into the
    /// `.checkPortal` and `.savePortal` effects, and is cleared when the screen is left.
    public internal(set) var url = TextField()
    public internal(set) var name = TextField()
    /// The check under way is of the portal in use (Enter on an empty field), not of a typed URL.
    public internal(set) var rechecking = false
    /// Monotonic seconds when checking began (set by the first tick), for the spinner.
    public internal(set) var checkStartedAt: Double?

    public init(reason: Reason, returnTo: Screen = .pbxType, problem: PortalProblem? = nil) {
        self.reason = reason
        self.returnTo = returnTo
        if let problem { phase = .problem(problem) }
    }

    /// The field shows the code as `••••` once the URL was sent to be checked, until it is edited again.
    public var masksCode: Bool { phase != .editing }

    /// A check or a save is under way: nothing is typed until it answers.
    var isWaiting: Bool {
        switch phase {
        case .checking, .saving: true
        default: false
        }
    }

    /// The check passed: the name field takes the keys.
    var isOffering: Bool { check != nil && !isWaiting }

    var check: PortalCheck? {
        switch phase {
        case .offer(let check), .saving(let check, _), .saveFailed(let check, _): check
        default: nil
        }
    }

    var problem: PortalProblem? {
        if case .problem(let problem) = phase { return problem }
        return nil
    }
}
