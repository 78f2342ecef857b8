import Bitrix24REST
import SandboxPortal
import SIPLineService

/// The portal the wizard works on: a real one from the command line or the environment, or the built-in sandbox
/// started in this process.
struct ResolvedWizardPortal {
    var client: Bitrix24Client
    var portalHost: String
    var redactedWebhook: String
    var sandbox: SandboxServer?
    var historyRecorder: @Sendable (CreatedLine) -> Void

    static func resolve(sandbox useSandbox: Bool, webhook: String?) async throws -> ResolvedWizardPortal {
        var sandbox: SandboxServer?
        let text: String
        if useSandbox {
            do {
                sandbox = try await SandboxServer.start(SandboxConfiguration())
            } catch {
                throw WizardStartError.sandboxFailed(String(describing: error))
            }
            text = sandbox!.webhookURL
        } else if let webhook, !webhook.isEmpty {
            text = webhook
        } else if let fromEnvironment = environmentValue("SIPLINE_WEBHOOK"), !fromEnvironment.isEmpty {
            text = fromEnvironment
        } else {
            throw WizardStartError.noPortal
        }
        let parsed: Webhook
        do {
            parsed = try Webhook.parse(text)
        } catch {
            await sandbox?.stop()
            throw WizardStartError.badWebhook(error.description)
        }
        var configuration = ClientConfiguration()
        configuration.userAgent = "sipline/\(SiplineVersion.current)"
        let client = Bitrix24Client(credentials: .webhook(parsed), configuration: configuration)
        return ResolvedWizardPortal(
            client: client, portalHost: parsed.host, redactedWebhook: "…/rest/\(parsed.userID)/••••/", sandbox: sandbox,
            historyRecorder: { _ in }
        )
    }
}

enum WizardStartError: Error, CustomStringConvertible {
    case noPortal
    case badWebhook(String)
    case sandboxFailed(String)

    var description: String {
        switch self {
        case .noPortal:
            return "sipline: no portal given. Set SIPLINE_WEBHOOK to the portal's incoming-webhook URL, "
                + "pass --webhook URL, or try the wizard on the built-in sandbox with --sandbox."
        case .badWebhook(let reason): return "sipline: \(reason)"
        case .sandboxFailed(let reason): return "sipline: the sandbox portal could not start: \(reason)"
        }
    }

    var exitStatus: ExitStatus {
        switch self {
        case .noPortal: return .configuration
        case .badWebhook: return .usage
        case .sandboxFailed: return .unavailable
        }
    }
}
