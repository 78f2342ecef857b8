import Bitrix24REST

/// One named portal of the config file: a webhook address, or an OAuth application's credentials.
public enum PortalEntry: Sendable, Hashable {
    /// The address as written in the file (the code in it is a secret).
    case webhook(String)
    case oauth(OAuthCredentials)
}

/// The config file's content: named portals and which one is used when no portal is given.
public struct ConfigDocument: Sendable, Hashable {
    public var defaultPortal: String?
    public var portals: [String: PortalEntry]

    public init(defaultPortal: String? = nil, portals: [String: PortalEntry] = [:]) {
        self.defaultPortal = defaultPortal
        self.portals = portals
    }

    /// Portal names are TOML bare keys, so a name can be typed after `--portal` and written as `[portals.NAME]`.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.utf8.count <= 64
            && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// The name a checked portal is offered under: the host's first label (`b24-4711` of `b24-4711.bitrix24.com`),
    /// `sandbox` for the built-in one, `local` for an address or a name the rule above refuses.
    public static func suggestedName(forHost host: String, isSandbox: Bool) -> String {
        if isSandbox { return "sandbox" }
        var name = Substring(host)
        if name.hasPrefix("[") { return "local" }
        if let colon = name.firstIndex(of: ":") { name = name[..<colon] }
        let first = name.split(separator: ".").first.map(String.init) ?? ""
        if first.isEmpty || first.allSatisfy(\.isNumber) || name == "localhost" || !isValidName(first) { return "local" }
        return first
    }
}
