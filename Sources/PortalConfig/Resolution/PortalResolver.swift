import Bitrix24REST

/// What a person gave to name the portal; every field optional.
public struct PortalRequest: Sendable, Hashable {
    public var webhook: String?
    public var webhookFile: String?
    public var portalName: String?

    public init(webhook: String? = nil, webhookFile: String? = nil, portalName: String? = nil) {
        self.webhook = webhook
        self.webhookFile = webhookFile
        self.portalName = portalName
    }
}

/// Why no portal could be chosen. `isUsage` errors are about what was typed on the command line (exit 64);
/// the others about configuration: files, the environment, the config file (exit 78).
public struct PortalResolutionError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// `--webhook` is not a webhook address, or `--webhook-file` names no readable file.
        case usage
        /// The webhook file, `SIPLINE_WEBHOOK` or the config file is wrong, or an unknown `--portal`.
        case configuration
        /// Nothing names a portal: commands fail (exit 78) with `howToGiveAPortal`; the wizard asks for one instead.
        case noPortal
    }

    public var kind: Kind
    public var message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// Picks the portal in product.md's order: `--webhook`, `--webhook-file`, `SIPLINE_WEBHOOK`, `--portal NAME`, the
/// config file's default. The config file is read only when it is needed (a broken config file does not stop a run
/// that names its webhook directly).
public struct PortalResolver: Sendable {
    public var environment: [String: String]
    public var store: ConfigStore
    /// Warnings for the person (e.g. a webhook file others can read); never a secret.
    public var warn: @Sendable (String) -> Void
    public var onTokenStoreProblem: @Sendable (ConfigError) -> Void

    public init(environment: [String: String], store: ConfigStore? = nil,
                warn: @escaping @Sendable (String) -> Void = { _ in },
                onTokenStoreProblem: @escaping @Sendable (ConfigError) -> Void = { _ in }) {
        self.environment = environment
        self.store = store ?? ConfigStore(paths: SiplinePaths(environment: environment))
        self.warn = warn
        self.onTokenStoreProblem = onTokenStoreProblem
    }

    public static let howToGiveAPortal = """
        No Bitrix24 portal given. Give one of:
          --webhook-file PATH      a file holding the inbound webhook address (https://PORTAL/rest/USER_ID/CODE/)
          SIPLINE_WEBHOOK=URL      the webhook address in the environment
          --portal NAME            a portal of the config file
          a default portal         `default = "NAME"` in the config file
          --webhook URL            (other users can see it in the process list)
        Try it safely first: sipline sandbox, then SIPLINE_WEBHOOK=<its URL> sipline list
        """

    public func resolve(_ request: PortalRequest) throws(PortalResolutionError) -> ResolvedPortal {
        if let text = request.webhook {
            do { return ResolvedPortal(credentials: .webhook(try Webhook.parse(text)), source: .webhookFlag) } catch {
                throw PortalResolutionError(kind: .usage, message: "--webhook: \(error.description)")
            }
        }
        if let path = request.webhookFile {
            return ResolvedPortal(credentials: .webhook(try webhook(fromFile: path)), source: .webhookFile(path: path))
        }
        if let text = environment["SIPLINE_WEBHOOK"], !text.isEmpty {
            do { return ResolvedPortal(credentials: .webhook(try Webhook.parse(text)), source: .environment) } catch {
                throw PortalResolutionError(kind: .configuration, message: "SIPLINE_WEBHOOK: \(error.description)")
            }
        }
        if let name = request.portalName {
            let document = try loadDocument()
            guard let entry = document?.portals[name] else {
                let known = document.map { $0.portals.keys.sorted() } ?? []
                let list = known.isEmpty ? "the config file \(store.path) has no portals"
                    : "known portals: \(known.joined(separator: ", "))"
                throw PortalResolutionError(kind: .configuration, message: "Unknown portal \"\(name)\" (\(list)).")
            }
            return try resolved(entry, name: name, source: .namedPortal(name))
        }
        if let document = try loadDocument(), let name = document.defaultPortal, let entry = document.portals[name] {
            return try resolved(entry, name: name, source: .defaultPortal(name))
        }
        throw PortalResolutionError(kind: .noPortal, message: Self.howToGiveAPortal)
    }

    private func webhook(fromFile path: String) throws(PortalResolutionError) -> Webhook {
        let text: String
        do { text = try PrivateFiles.readText(at: path) } catch {
            throw PortalResolutionError(kind: .usage, message: "--webhook-file: \(error)")
        }
        if let mode = PrivateFiles.mode(of: path), mode & 0o044 != 0 {
            warn("warning: \(path) can be read by other users and holds the webhook code. Run: chmod 600 \(path)")
        }
        do { return try Webhook.parse(text) } catch {
            throw PortalResolutionError(kind: .configuration, message: "--webhook-file \(path): \(error.description)")
        }
    }

    private func loadDocument() throws(PortalResolutionError) -> ConfigDocument? {
        do { return try store.load() } catch {
            throw PortalResolutionError(kind: .configuration, message: error.description)
        }
    }

    private func resolved(_ entry: PortalEntry, name: String, source: PortalSource) throws(PortalResolutionError) -> ResolvedPortal {
        switch entry {
        case .webhook(let text):
            do { return ResolvedPortal(credentials: .webhook(try Webhook.parse(text)), source: source) } catch {
                throw PortalResolutionError(kind: .configuration, message: "\(store.path) [portals.\(name)]: \(error.description)")
            }
        case .oauth(let oauth):
            let coordinator = ConfigTokenCoordinator(store: store, portal: name, onProblem: onTokenStoreProblem)
            return ResolvedPortal(credentials: .oauth(oauth), source: source, refreshCoordinator: coordinator)
        }
    }
}
