import Bitrix24REST
import Logging
import PortalConfig
import SandboxPortal
import SIPLineService
import Words

/// The portal the wizard works on: the one the command line, the environment or the config file names (in
/// product.md's order), or the built-in sandbox started in this process.
struct ResolvedWizardPortal {
    var connection: PortalConnection
    var sandbox: SandboxServer?

    var isSandbox: Bool { sandbox != nil }

    static func resolve(sandbox useSandbox: Bool, portal request: PortalRequest, logPath: String?,
                        environment: [String: String],
                        onWait: @escaping @Sendable (ClientWait) -> Void) async throws(WizardStartError) -> ResolvedWizardPortal {
        var sandbox: SandboxServer?
        let portal: ResolvedPortal
        if useSandbox {
            do {
                let server = try await SandboxServer.start(SandboxConfiguration())
                sandbox = server
                portal = ResolvedPortal(credentials: .webhook(try Webhook.parse(server.webhookURL)), source: .webhookFlag)
            } catch {
                await sandbox?.stop()
                throw .sandboxFailed(String(describing: error))
            }
        } else {
            do { portal = try request.resolve(environment: environment) } catch {
                throw .portal(error)
            }
        }
        let logger = DiagnosticLog.logger(path: logPath, secrets: DiagnosticLog.secrets(of: portal.credentials))
        let connection = PortalConnection(portal: portal, logger: logger, onWait: onWait)
        return ResolvedWizardPortal(connection: connection, sandbox: sandbox)
    }
}

enum WizardStartError: Error, CustomStringConvertible {
    case portal(PortalResolutionError)
    case sandboxFailed(String)

    /// In the process's language.
    var description: String {
        switch self {
        case .portal(let error): "sipline: " + processWords(error.phrase)
        case .sandboxFailed(let reason): "sipline: " + processWords(CommandPhrase.sandboxDidNotStart(reason: reason))
        }
    }

    var exitStatus: ExitStatus {
        switch self {
        case .portal(let error): error.exitStatus
        case .sandboxFailed: .unavailable
        }
    }
}
