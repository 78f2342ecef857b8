import Bitrix24REST
import Logging
import PortalConfig
import SIPLineService

/// The client and the service for one resolved portal, with the redacted log attached.
struct PortalConnection {
    let portal: ResolvedPortal
    let client: Bitrix24Client
    let service: SIPLineService

    init(portal: ResolvedPortal, logger: Logger) {
        self.portal = portal
        var configuration = ClientConfiguration()
        configuration.userAgent = "sipline/\(SiplineVersion.current)"
        client = Bitrix24Client(credentials: portal.credentials, configuration: configuration,
                                refreshCoordinator: portal.refreshCoordinator, logger: logger)
        service = SIPLineService(client: client, logger: logger)
    }

    func close() async {
        await client.shutdown()
    }
}
