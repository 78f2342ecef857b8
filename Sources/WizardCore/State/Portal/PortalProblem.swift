import SIPLineService
import Words

/// Why a webhook cannot be used, as the portal screen explains it (the problems are `PortalPhrase`'s: malformed,
/// unreachable, a refused webhook, a missing scope or right, the wrong kind of authorisation, or the portal's own
/// refusal). Never holds the webhook code.
public struct PortalProblem: Error, Sendable, Equatable {
    /// What the portal screen says about it.
    public var phrase: PortalPhrase

    public init(_ phrase: PortalPhrase) { self.phrase = phrase }

    /// The service's error for a check (or an add) in the portal screen's terms.
    public init(_ error: SIPLineError) {
        phrase = switch error.kind {
        case .authentication: .badWebhook
        case .missingScope(let scope): .missingScope(scope.isEmpty ? "telephony" : scope)
        case .missingRight: .missingRight
        case .wrongAuthType: .wrongAuthType
        case .unavailable: .unreachable(AnyPhrase(error.phrase))
        default: .refusedCheck(AnyPhrase(error.phrase))
        }
    }
}
