extension PortalResolutionPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .unknownPortal(let name, let known): call(["name": name, "known": known])
        case .unknownPortalWithoutPortals(let name, let configPath): call(["name": name, "configPath": configPath])
        case .badWebhookFlag(let problem), .badEnvironmentWebhook(let problem): call(["problem": problem])
        case .unreadableWebhookFile(let failure): call(["failure": failure])
        case .badWebhookFile(let path, let problem): call(["path": path, "problem": problem])
        case .badConfig(let problem): call(["problem": problem])
        case .badConfigPortal(let configPath, let name, let problem):
            call(["configPath": configPath, "name": name, "problem": problem])
        case .webhookFileReadableByOthers(let path): call(["path": path])
        default: call()
        }
    }
}
