/// What the wizard knows about where it runs, given by the runtime at start.
public struct WizardContext: Sendable, Equatable {
    /// The portal's host (and port), e.g. `b24-4711.bitrix24.com`; shown on review and in the summary.
    public var portalHost: String
    /// The webhook with its code masked, e.g. `…/rest/1/••••/`; never the secret itself.
    public var redactedWebhook: String
    /// The built-in sandbox portal: the header carries a SANDBOX mark.
    public var isSandbox: Bool
    /// Where the default save path points (the process's current directory).
    public var currentDirectory: String

    public init(portalHost: String, redactedWebhook: String, isSandbox: Bool, currentDirectory: String) {
        self.portalHost = portalHost
        self.redactedWebhook = redactedWebhook
        self.isSandbox = isSandbox
        self.currentDirectory = currentDirectory
    }
}
