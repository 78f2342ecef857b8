import Bitrix24REST
import Logging
import PortalConfig
import SIPLineService
import WizardCore

/// A portal the wizard works on: its service, what the screens show of it, and how to let go of its client.
struct WizardPortal: Sendable {
    var service: SIPLineService
    var shown: PortalInUse
    /// Shuts the portal's client down; calling it twice is harmless.
    var shutdown: @Sendable () async -> Void
    /// Says on stderr (after the wizard, the terminal given back) that the portal answered from a new address.
    var sayIfMoved: @Sendable () async -> Void = {}

    /// The portal a command resolved (the client stays the connection's; `shutdown` closes it).
    init(connection: PortalConnection, isSandbox: Bool) {
        let client = connection.client
        self.init(service: connection.service,
                  shown: PortalInUse(host: connection.portal.host,
                                     redactedWebhook: Self.redactedWebhook(connection.portal.credentials),
                                     isSandbox: isSandbox),
                  shutdown: { await client.shutdown() })
        sayIfMoved = { await connection.sayIfMoved() }
    }

    init(service: SIPLineService, shown: PortalInUse, shutdown: @escaping @Sendable () async -> Void) {
        self.service = service
        self.shown = shown
        self.shutdown = shutdown
    }

    /// What review shows of the credentials: never the webhook's code.
    static func redactedWebhook(_ credentials: PortalCredentials) -> String {
        switch credentials {
        case .webhook(let webhook): "…/rest/\(webhook.userID)/••••/"
        case .oauth: "OAuth app"
        }
    }

    /// A portal for a webhook URL typed on the portal screen: parsed (a malformed URL throws the parser's words,
    /// which never quote the code), with a connection of its own whose log (when `logPath` is given) scrubs this
    /// webhook's code. `sandboxWebhookURL` is the in-process sandbox's URL, when one runs, so the SANDBOX mark
    /// follows a person who types it.
    static func webhook(
        _ text: String, logPath: String? = nil, sandboxWebhookURL: String? = nil,
        onWait: (@Sendable (ClientWait) -> Void)? = nil
    ) throws(CredentialsError) -> WizardPortal {
        let parsed = try Webhook.parse(text)
        let credentials = PortalCredentials.webhook(parsed)
        let logger = DiagnosticLog.logger(path: logPath, secrets: DiagnosticLog.secrets(of: credentials))
        // Typed in the wizard: like --webhook, a webhook of no config entry (no tokens to write back).
        let connection = PortalConnection(portal: ResolvedPortal(credentials: credentials, source: .webhookFlag),
                                          logger: logger, onWait: onWait)
        let sandbox = sandboxWebhookURL.flatMap { try? Webhook.parse($0) }
        return WizardPortal(connection: connection, isSandbox: sandbox?.baseURL == parsed.baseURL)
    }
}

/// Builds a portal for the webhook URL typed on the portal screen (usually `WizardPortal.webhook`).
typealias WizardPortalConnector = @Sendable (_ webhookURL: String) throws(CredentialsError) -> WizardPortal
