import Bitrix24REST

/// Where the portal of a run came from, in product.md's order of precedence.
public enum PortalSource: Sendable, Hashable, CustomStringConvertible {
    case webhookFlag
    case webhookFile(path: String)
    case environment
    case namedPortal(String)
    case defaultPortal(String)

    public var description: String {
        switch self {
        case .webhookFlag: return "--webhook"
        case .webhookFile(let path): return "--webhook-file \(path)"
        case .environment: return "SIPLINE_WEBHOOK"
        case .namedPortal(let name): return "--portal \(name)"
        case .defaultPortal(let name): return "default portal \"\(name)\" of the config file"
        }
    }

    /// The config file's portal name when the portal came from it (its tokens are written back there).
    public var configPortalName: String? {
        switch self {
        case .namedPortal(let name), .defaultPortal(let name): return name
        default: return nil
        }
    }
}

/// The portal a command or the wizard talks to, and what is needed to keep its tokens current.
public struct ResolvedPortal: Sendable {
    public var credentials: PortalCredentials
    public var source: PortalSource
    /// Set for OAuth portals of the config file: pass it to `Bitrix24Client(refreshCoordinator:)`.
    public var refreshCoordinator: ConfigTokenCoordinator?

    public init(credentials: PortalCredentials, source: PortalSource, refreshCoordinator: ConfigTokenCoordinator? = nil) {
        (self.credentials, self.source, self.refreshCoordinator) = (credentials, source, refreshCoordinator)
    }

    /// For display and the history: "acme.bitrix24.com".
    public var host: String { credentials.portalHost }
}
