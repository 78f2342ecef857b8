import SIPLineService

/// What the runtime learnt from checking a webhook with `voximplant.sip.connector.status`: where it points (for
/// display only, the code masked) and whether the connector lets lines carry calls.
public struct PortalCheck: Sendable, Equatable {
    /// The portal's host (and port), e.g. `b24-4711.bitrix24.com`.
    public var host: String
    /// The webhook with its code masked, e.g. `…/rest/1/••••/`.
    public var redactedWebhook: String
    /// The built-in sandbox portal of this process.
    public var isSandbox: Bool
    public var connector: ConnectorStatus

    public init(host: String, redactedWebhook: String, isSandbox: Bool, connector: ConnectorStatus) {
        self.host = host
        self.redactedWebhook = redactedWebhook
        self.isSandbox = isSandbox
        self.connector = connector
    }
}

/// Why a webhook cannot be used, in the words the portal screen explains. Messages never hold the webhook code.
public enum PortalProblem: Error, Sendable, Equatable {
    /// Not a webhook address: the parser's sentence naming what is wrong.
    case malformed(String)
    /// Network, DNS, TLS, timeout, or an answer that is not Bitrix24's.
    case unreachable(String)
    /// The portal refused the webhook (wrong code, deleted webhook).
    case badWebhook
    /// The webhook lacks this scope (normally `telephony`).
    case missingScope(String)
    /// The webhook's user lacks "Manage numbers — modify".
    case missingRight
    /// The portal lets only an application manage SIP lines.
    case wrongAuthType
    case other(String)

    /// The service's error for a check (or an add) in the portal screen's terms.
    public init(_ error: SIPLineError) {
        switch error.kind {
        case .authentication: self = .badWebhook
        case .missingScope(let scope): self = .missingScope(scope.isEmpty ? "telephony" : scope)
        case .missingRight: self = .missingRight
        case .wrongAuthType: self = .wrongAuthType
        case .unavailable: self = .unreachable(error.message)
        default: self = .other(error.message)
        }
    }
}

/// The portal screen: the webhook URL field, its check, and the offer to save it as a named portal.
public struct PortalStep: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        /// The URL as typed, shown as typed.
        case editing
        /// `.checkPortal` was sent; the answer is awaited.
        case checking
        /// The check failed; the URL is shown with its code masked until it is edited.
        case problem(PortalProblem)
        /// The check passed: "Save this portal as: [name]".
        case offer(PortalCheck)
        case saving(PortalCheck, name: String)
        case saveFailed(PortalCheck, reason: String)
    }

    /// Why the screen is open.
    public enum Reason: Sendable, Equatable {
        /// No portal was given or configured.
        case noPortal
        /// `p` on review.
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

    var isOffering: Bool {
        switch phase {
        case .offer, .saving, .saveFailed: true
        default: false
        }
    }

    var check: PortalCheck? {
        switch phase {
        case .offer(let check), .saving(let check, _), .saveFailed(let check, _): check
        default: nil
        }
    }
}
