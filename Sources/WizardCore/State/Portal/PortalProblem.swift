import SIPLineService
import Words

/// Why a webhook cannot be used, in the words the portal screen explains. Never holds the webhook code.
public enum PortalProblem: Error, Sendable, Equatable {
    /// Not a webhook address: the parser's words naming what is wrong.
    case malformed(AnyPhrase)
    /// Network, DNS, TLS, timeout, or an answer that is not Bitrix24's (the service's words).
    case unreachable(AnyPhrase)
    /// The portal refused the webhook (wrong code, deleted webhook).
    case badWebhook
    /// The webhook lacks this scope (normally `telephony`).
    case missingScope(String)
    /// The webhook's user lacks "Manage numbers — modify".
    case missingRight
    /// The portal lets only an application manage SIP lines.
    case wrongAuthType
    case other(AnyPhrase)

    /// The service's error for a check (or an add) in the portal screen's terms.
    public init(_ error: SIPLineError) {
        switch error.kind {
        case .authentication: self = .badWebhook
        case .missingScope(let scope): self = .missingScope(scope.isEmpty ? "telephony" : scope)
        case .missingRight: self = .missingRight
        case .wrongAuthType: self = .wrongAuthType
        case .unavailable: self = .unreachable(AnyPhrase(error.phrase))
        default: self = .other(AnyPhrase(error.phrase))
        }
    }
}
