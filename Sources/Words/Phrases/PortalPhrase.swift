/// The portal screen: the webhook, its check, the connector, saving it as a named portal.
public enum PortalPhrase: Phrase {
    case heading
    case help
    case emptyWebhook
    case inUse(host: String, webhook: String)
    case addRefused
    case recheckHint
    case worksAgain(host: String)
    case malformed(AnyPhrase)
    case unreachable(AnyPhrase)
    case badWebhook
    case missingScope(String)
    case missingRight
    case wrongAuthType
    case refusedCheck(AnyPhrase)
    case checking
    case works(host: String)
    case connectorPaid(until: String)
    case connectorFreeMinutes(Int)
    case connectorUnpaid
    case saveHint
    case saveFailed(AnyPhrase)
    case saved(name: String, host: String)
    case forThisRun(host: String)
    case webhookLabel
    case saveAsLabel
    case savingPortal
}
