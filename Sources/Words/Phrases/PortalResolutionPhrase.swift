/// `PortalResolutionError`'s words and the resolver's warnings: why no portal could be chosen.
public enum PortalResolutionPhrase: Phrase {
    /// Nothing names a portal: the ways to give one.
    case howToGiveAPortal
    case unknownPortal(name: String, known: [String])
    case unknownPortalWithoutPortals(name: String, configPath: String)
    case badWebhookFlag(CredentialsPhrase)
    case badEnvironmentWebhook(CredentialsPhrase)
    case unreadableWebhookFile(PrivateFilePhrase)
    case badWebhookFile(path: String, CredentialsPhrase)
    case badConfig(ConfigPhrase)
    case badConfigPortal(configPath: String, name: String, CredentialsPhrase)
    /// A warning: the webhook file can be read by other users.
    case webhookFileReadableByOthers(path: String)
}
