import Bitrix24REST
import Words

/// What a person gave to name the portal; every field optional.
public struct PortalRequest: Sendable, Hashable {
    public var webhook: String?
    public var webhookFile: String?
    public var portalName: String?

    public init(webhook: String? = nil, webhookFile: String? = nil, portalName: String? = nil) {
        (self.webhook, self.webhookFile, self.portalName) = (webhook, webhookFile, portalName)
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
    /// The words for a person, as a key of the catalogue.
    public var phrase: PortalResolutionPhrase

    public init(kind: Kind, phrase: PortalResolutionPhrase) { (self.kind, self.phrase) = (kind, phrase) }

    /// In English, for logs and English output.
    public var message: String { phrase.english }

    public var description: String { message }
}

/// Picks the portal in product.md's order: `--webhook`, `--webhook-file`, `SIPLINE_WEBHOOK`, `--portal NAME`, the
/// config file's default. The config file is read only when it is needed (a broken config file does not stop a run
/// that names its webhook directly).
public struct PortalResolver: Sendable {
    public var environment: [String: String]
    public var store: ConfigStore
    /// Warnings for the person (e.g. a webhook file others can read), in `words`' language; never a secret.
    public var warn: @Sendable (String) -> Void
    /// The language of the warnings.
    public var words: Words
    public var onTokenStoreProblem: @Sendable (ConfigError) -> Void

    public init(environment: [String: String], store: ConfigStore? = nil, words: Words = .english,
                warn: @escaping @Sendable (String) -> Void = { _ in },
                onTokenStoreProblem: @escaping @Sendable (ConfigError) -> Void = { _ in }) {
        self.environment = environment
        self.store = store ?? ConfigStore(paths: SiplinePaths(environment: environment))
        self.words = words
        self.warn = warn
        self.onTokenStoreProblem = onTokenStoreProblem
    }

    public func resolve(_ request: PortalRequest) throws(PortalResolutionError) -> ResolvedPortal {
        if let text = request.webhook {
            do { return ResolvedPortal(credentials: .webhook(try Webhook.parse(text)), source: .webhookFlag) } catch {
                throw PortalResolutionError(kind: .usage, phrase: .badWebhookFlag(error.phrase))
            }
        }
        if let path = request.webhookFile {
            return ResolvedPortal(credentials: .webhook(try webhook(fromFile: path)), source: .webhookFile(path: path))
        }
        if let text = environment["SIPLINE_WEBHOOK"], !text.isEmpty {
            do { return ResolvedPortal(credentials: .webhook(try Webhook.parse(text)), source: .environment) } catch {
                throw PortalResolutionError(kind: .configuration, phrase: .badEnvironmentWebhook(error.phrase))
            }
        }
        if let name = request.portalName {
            let document = try loadDocument()
            guard let entry = document?.portals[name] else {
                let known = document.map { $0.portals.keys.sorted() } ?? []
                throw PortalResolutionError(
                    kind: .configuration,
                    phrase: known.isEmpty ? .unknownPortalWithoutPortals(name: name, configPath: store.path)
                        : .unknownPortal(name: name, known: known))
            }
            return try resolved(entry, name: name, source: .namedPortal(name))
        }
        if let document = try loadDocument(), let name = document.defaultPortal, let entry = document.portals[name] {
            return try resolved(entry, name: name, source: .defaultPortal(name))
        }
        throw PortalResolutionError(kind: .noPortal, phrase: .howToGiveAPortal)
    }

    private func webhook(fromFile path: String) throws(PortalResolutionError) -> Webhook {
        let text: String
        do { text = try PrivateFiles.readText(at: path) } catch {
            throw PortalResolutionError(kind: .usage, phrase: .unreadableWebhookFile(error.phrase))
        }
        if let mode = PrivateFiles.mode(of: path), mode & 0o044 != 0 {
            warn(words(PortalResolutionPhrase.webhookFileReadableByOthers(path: path)))
        }
        do { return try Webhook.parse(text) } catch {
            throw PortalResolutionError(kind: .configuration, phrase: .badWebhookFile(path: path, error.phrase))
        }
    }

    private func loadDocument() throws(PortalResolutionError) -> ConfigDocument? {
        do { return try store.load() } catch {
            throw PortalResolutionError(kind: .configuration, phrase: .badConfig(error.phrase))
        }
    }

    private func resolved(_ entry: PortalEntry, name: String, source: PortalSource) throws(PortalResolutionError) -> ResolvedPortal {
        switch entry {
        case .webhook(let text):
            do { return ResolvedPortal(credentials: .webhook(try Webhook.parse(text)), source: source) } catch {
                throw PortalResolutionError(
                    kind: .configuration, phrase: .badConfigPortal(configPath: store.path, name: name, error.phrase))
            }
        case .oauth(let oauth):
            let coordinator = ConfigTokenCoordinator(store: store, portal: name, onProblem: onTokenStoreProblem)
            return ResolvedPortal(credentials: .oauth(oauth), source: source, refreshCoordinator: coordinator)
        }
    }
}
