import Bitrix24REST
import Logging
import PortalConfig
import SIPLineService

/// The client and the service for one resolved portal, with the redacted log attached.
struct PortalConnection {
    let portal: ResolvedPortal
    let client: Bitrix24Client
    let service: SIPLineService

    /// - Parameter onWait: told before the client waits for a rate limit or an operating-time reset (the commands
    ///   say so on stderr; the wizard's screen must not be written to).
    init(portal: ResolvedPortal, logger: Logger, onWait: (@Sendable (ClientWait) -> Void)? = nil) {
        self.portal = portal
        let timeouts = NetworkTimeouts(environment: ProcessEnvironment.current)
        var configuration = ClientConfiguration()
        configuration.userAgent = "sipline/\(SiplineVersion.current)"
        configuration.onWait = onWait
        timeouts.apply(to: &configuration)
        client = Bitrix24Client(credentials: portal.credentials, configuration: configuration,
                                refreshCoordinator: portal.refreshCoordinator, logger: logger)
        service = SIPLineService(client: client, logger: logger, reconciliation: timeouts.reconciliation)
    }

    func close() async {
        await client.shutdown()
    }
}
