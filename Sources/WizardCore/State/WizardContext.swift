import Words

/// What the wizard knows about where it runs, given by the runtime at start.
public struct WizardContext: Sendable, Equatable {
    /// The portal in use; nil until a webhook passed the portal screen's check.
    public var portal: PortalInUse?
    /// Where the default save path points (the process's current directory).
    public var currentDirectory: String
    /// The language the wizard speaks (its labels also decide where fields begin on a screen).
    public var words: Words

    public init(portal: PortalInUse?, currentDirectory: String, words: Words = .english) {
        (self.portal, self.currentDirectory, self.words) = (portal, currentDirectory, words)
    }
}

/// A portal the runtime works on, as far as the screens show it: never the webhook's code.
public struct PortalInUse: Sendable, Hashable {
    /// The portal's host (and port), e.g. `b24-4711.bitrix24.com`.
    public var host: String
    /// The webhook with its code masked, e.g. `…/rest/1/••••/`, or the words for an OAuth app.
    public var redactedWebhook: String
    /// The built-in sandbox portal of this process: the header carries a SANDBOX mark.
    public var isSandbox: Bool

    public init(host: String, redactedWebhook: String, isSandbox: Bool) {
        (self.host, self.redactedWebhook, self.isSandbox) = (host, redactedWebhook, isSandbox)
    }
}
