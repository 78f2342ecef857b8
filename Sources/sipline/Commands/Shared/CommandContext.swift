import ArgumentParser
import Bitrix24REST
import Logging
import PortalConfig
import SIPLineService
import TextSafety
import Words

/// What every portal command does first: resolve the portal, open the log, connect; and last: report a failure
/// with the right exit status.
struct CommandContext {
    let environment: [String: String]
    let output: CommandOutput
    let connection: PortalConnection

    var service: SIPLineService { connection.service }
    var portal: ResolvedPortal { connection.portal }
    var paths: SiplinePaths { SiplinePaths(environment: environment) }

    /// - Parameter extraSecrets: what this run must scrub from its log besides the portal's secrets (the password).
    static func open(_ common: CommonOptions, extraSecrets: [String] = []) throws -> CommandContext {
        let environment = ProcessEnvironment.current
        let output = common.output
        let portal: ResolvedPortal
        do { portal = try common.portal.resolvePortal(environment: environment) } catch {
            throw output.fail(CommandFailure(error))
        }
        let logger = DiagnosticLog.logger(
            path: common.logPath(environment: environment),
            secrets: DiagnosticLog.secrets(of: portal.credentials) + extraSecrets)
        logger.debug("portal resolved", metadata: ["host": "\(portal.host)", "source": "\(portal.source)"])
        return CommandContext(environment: environment, output: output,
                              connection: PortalConnection(portal: portal, logger: logger, onWait: Self.sayWait))
    }

    /// Runs a service call that Ctrl-C may interrupt; a failure is reported and turned into its exit status.
    func perform<T: Sendable>(_ call: @escaping @Sendable (SIPLineService) async throws(SIPLineError) -> T) async throws -> T {
        let service = self.service
        let (result, interrupted) = await Interrupt.run { () async -> Result<T, SIPLineError> in
            do throws(SIPLineError) { return .success(try await call(service)) } catch { return .failure(error) }
        }
        switch result {
        case .success(let value):
            return value
        case .failure(let error):
            await finish()
            throw output.fail(interrupted ? .interrupted : CommandFailure(error))
        }
    }

    /// A wait the portal asked for, on stderr (stdout keeps the one JSON document).
    @Sendable static func sayWait(_ wait: ClientWait) {
        StandardStreams.printError("note: " + processWords(wait.note))
    }

    /// Closes the connection; a portal that answered from a new address is named, so the webhook can be updated
    /// where it is kept.
    func finish() async {
        await connection.sayIfMoved()
        await connection.close()
    }
}
