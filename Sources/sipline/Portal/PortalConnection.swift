import Bitrix24REST
import Logging
import PortalConfig
import SIPLineService
import TextSafety
import Words

/// The client and the service for one resolved portal, with the redacted log attached.
struct PortalConnection {
    let portal: ResolvedPortal
    let client: Bitrix24Client
    let service: SIPLineService

    /// - Parameter onWait: told before the client waits for a rate limit or an operating-time reset (the commands
    ///   say so on stderr; the wizard on its screen, through `PortalWaits`).
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

    /// A portal that answered from a new address is named on stderr, with where its webhook is kept, so it can be
    /// updated there (the client follows one redirect per run, never writes the new address anywhere).
    func sayIfMoved() async {
        guard let moved = await client.redirectedPortal else { return }
        StandardStreams.printError("note: " + processWords(CommandNotePhrase.portalMoved(
            address: VisibleText.escape(moved), source: portal.source.description)))
    }
}
