import Bitrix24REST
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

    /// A portal for a webhook URL: parsed (a malformed URL throws the parser's sentence, without the code), a client
    /// of its own, and a service over it. `sandboxWebhookURL` is the in-process sandbox's URL, when one runs, so
    /// the SANDBOX mark follows a person who types it.
    static func webhook(_ text: String, sandboxWebhookURL: String? = nil) throws(CredentialsError) -> WizardPortal {
        let parsed = try Webhook.parse(text)
        var configuration = ClientConfiguration()
        configuration.userAgent = "sipline/\(SiplineVersion.current)"
        let client = Bitrix24Client(credentials: .webhook(parsed), configuration: configuration)
        let sandbox = sandboxWebhookURL.flatMap { try? Webhook.parse($0) }
        return WizardPortal(
            service: SIPLineService(client: client), host: parsed.host,
            redactedWebhook: "…/rest/\(parsed.userID)/••••/", isSandbox: sandbox?.baseURL == parsed.baseURL,
            shutdown: { await client.shutdown() })
    }
}

/// Builds a portal for the webhook URL typed on the portal screen (usually `WizardPortal.webhook`).
typealias WizardPortalConnector = @Sendable (_ webhookURL: String) throws(CredentialsError) -> WizardPortal

/// Saves a checked webhook as a named portal in the config file (0600); returns nil when saved, else a sentence
/// without secrets saying why not.
typealias WizardPortalSaver = @Sendable (_ name: String, _ webhookURL: String) async -> String?
