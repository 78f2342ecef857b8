/// Where sipline keeps its files, after the XDG base directory rules: the config file under
/// `$XDG_CONFIG_HOME/sipline/` (default `~/.config/sipline/`), drafts and history under `$XDG_STATE_HOME/sipline/`
/// (default `~/.local/state/sipline/`). Relative XDG values are ignored, as the specification says.
public struct SiplinePaths: Sendable, Hashable {
    public var configDirectory: String
    public var stateDirectory: String

    public init(configDirectory: String, stateDirectory: String) {
        (self.configDirectory, self.stateDirectory) = (configDirectory, stateDirectory)
    }

    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "/"
        func base(_ variable: String, default fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return value }
            return Self.join(home, fallback)
        }
        configDirectory = Self.join(base("XDG_CONFIG_HOME", default: ".config"), "sipline")
        stateDirectory = Self.join(base("XDG_STATE_HOME", default: ".local/state"), "sipline")
    }

    /// `…/sipline/config.toml`
    public var configFile: String { Self.join(configDirectory, "config.toml") }
    /// `…/sipline/history.jsonl`
    public var historyFile: String { Self.join(stateDirectory, "history.jsonl") }

    /// `…/sipline/drafts/`: the wizard's forms kept between runs, one file per run (no secrets).
    public var draftDirectory: String { Self.join(stateDirectory, "drafts") }

    /// `…/sipline/draft.json`: where earlier versions kept their one draft (still read).
    public var draftFile: String { Self.join(stateDirectory, "draft.json") }

    static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
