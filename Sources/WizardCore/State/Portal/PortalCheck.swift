import Words
import SIPLineService

/// What the runtime learnt from checking a webhook with `voximplant.sip.connector.status`: where it points (for
/// display only, the code masked), whether the connector lets lines carry calls, and the name the config file would
/// give it.
public struct PortalCheck: Sendable, Equatable {
    public var portal: PortalInUse
    public var connector: ConnectorStatus
    /// The name offered for saving it (the host's first label, `sandbox`, or `local`), by the config file's rule.
    public var suggestedName: String

    public init(portal: PortalInUse, connector: ConnectorStatus, suggestedName: String) {
        (self.portal, self.connector, self.suggestedName) = (portal, connector, suggestedName)
    }
}
