import Bitrix24REST
import Logging
import PortalConfig
import SIPLineService

/// A portal the wizard works on: its service, what the screens show of it, and how to let go of its client.
struct WizardPortal: Sendable {
    var service: SIPLineService
    /// e.g. `b24-4711.bitrix24.com` (with `:port` when not the default).
    var host: String
    /// e.g. `…/rest/1/••••/`: never the code.
    var redactedWebhook: String
    var isSandbox: Bool
    /// Shuts the portal's client down; calling it twice is harmless.
    var shutdown: @Sendable () async -> Void

    /// The portal a command resolved (the client stays the connection's; `shutdown` closes it).
    init(connection: PortalConnection, redactedWebhook: String, isSandbox: Bool) {
        let client = connection.client
        self.init(service: connection.service, host: connection.portal.host, redactedWebhook: redactedWebhook,
                  isSandbox: isSandbox, shutdown: { await client.shutdown() })
    }

    init(service: SIPLineService, host: String, redactedWebhook: String, isSandbox: Bool,
         shutdown: @escaping @Sendable () async -> Void) {
        self.service = service
        self.host = host
        self.redactedWebhook = redactedWebhook
        self.isSandbox = isSandbox
        self.shutdown = shutdown
    }

    /// A portal for a webhook URL typed on the portal screen: parsed (a malformed URL throws the parser's sentence,
    /// which never quotes the code), with a connection of its own whose log (when `logPath` is given) scrubs this
    /// webhook's code. `sandboxWebhookURL` is the in-process sandbox's URL, when one runs, so the SANDBOX mark
    /// follows a person who types it.
    static func webhook(
        _ text: String, logPath: String? = nil, sandboxWebhookURL: String? = nil
    ) throws(CredentialsError) -> WizardPortal {
        let parsed = try Webhook.parse(text)
        let credentials = PortalCredentials.webhook(parsed)
        let logger = DiagnosticLog.logger(path: logPath, secrets: DiagnosticLog.secrets(of: credentials))
        // Typed in the wizard: like --webhook, a webhook of no config entry (no tokens to write back).
        let connection = PortalConnection(portal: ResolvedPortal(credentials: credentials, source: .webhookFlag),
                                          logger: logger)
        let sandbox = sandboxWebhookURL.flatMap { try? Webhook.parse($0) }
        return WizardPortal(connection: connection, redactedWebhook: "…/rest/\(parsed.userID)/••••/",
                            isSandbox: sandbox?.baseURL == parsed.baseURL)
    }

    /// Saves a checked webhook as a named portal of the config file at `paths` (0600 in a 0700 directory, under
    /// the config lock); the first portal saved becomes the default.
    static func configSaver(paths: SiplinePaths) -> WizardPortalSaver {
        { name, webhookURL in
            do throws(ConfigError) {
                try await ConfigStore(paths: paths).savePortal(name, .webhook(webhookURL), makeDefault: false)
                return nil
            } catch {
                return error.description
            }
        }
    }
}

/// Builds a portal for the webhook URL typed on the portal screen (usually `WizardPortal.webhook`).
typealias WizardPortalConnector = @Sendable (_ webhookURL: String) throws(CredentialsError) -> WizardPortal

/// Saves a checked webhook as a named portal in the config file (0600); returns nil when saved, else a sentence
/// without secrets saying why not.
typealias WizardPortalSaver = @Sendable (_ name: String, _ webhookURL: String) async -> String?
