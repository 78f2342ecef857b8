import Bitrix24REST
import Words

/// The config file on disk: read (refused when others can read it or when it is malformed), changed under the
/// lock shared by all sipline processes, written atomically with mode 0600 in a 0700 directory.
public struct ConfigStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public init(paths: SiplinePaths) { self.path = paths.configFile }

    /// `config.toml.lock` next to the file.
    public var lockPath: String { path + ".lock" }

    /// The document, or nil when there is no file. A file others can read is refused before its content is parsed.
    public func load() throws(ConfigError) -> ConfigDocument? {
        guard let text = try readText() else { return nil }
        return try ConfigParser.parse(text, path: path)
    }

    /// Adds or replaces a named portal (e.g. the wizard's "save this webhook as…"), keeping the others.
    public func savePortal(_ name: String, _ entry: PortalEntry, makeDefault: Bool) async throws(ConfigError) {
        guard ConfigDocument.isValidName(name) else {
            throw ConfigError(path: path, problem: .invalidPortalName(name: name))
        }
        let lock = try await lockFile()
        defer { withExtendedLifetime(lock) {} }
        var document = try load() ?? ConfigDocument()
        document.portals[name] = entry
        if makeDefault || document.defaultPortal == nil { document.defaultPortal = name }
        try write(ConfigSerializer.serialize(document))
    }

    /// The OAuth pair stored for `name` now (re-read from disk).
    public func storedOAuth(_ name: String) throws(ConfigError) -> OAuthCredentials? {
        guard case .oauth(let oauth)? = try load()?.portals[name] else { return nil }
        return oauth
    }

    /// Writes a refreshed pair for `name`, keeping the rest of the file as it was. The caller holds the lock.
    func writeTokens(_ renewed: OAuthCredentials, portal name: String) throws(ConfigError) {
        guard let text = try readText() else {
            throw ConfigError(path: path, problem: .fileDisappeared(portal: name))
        }
        let document = try ConfigParser.parse(text, path: path)
        guard case .oauth(var stored)? = document.portals[name] else {
            throw ConfigError(path: path, problem: .noLongerOAuth(portal: name))
        }
        stored.accessToken = renewed.accessToken
        stored.refreshToken = renewed.refreshToken
        if let edited = TokenLineEditor.replacingTokens(
            in: text, portal: name, accessToken: renewed.accessToken, refreshToken: renewed.refreshToken),
           let check = try? ConfigParser.parse(edited, path: path), check.portals[name] == .oauth(stored)
        {
            try write(edited)
            return
        }
        var rewritten = document
        rewritten.portals[name] = .oauth(stored)
        try write(ConfigSerializer.serialize(rewritten))
    }

    func lockFile() async throws(ConfigError) -> FileLock {
        do { return try await FileLock.acquire(lockPath) } catch {
            throw ConfigError(path: path, problem: .cannotLock(lockPath: lockPath, reason: error.phrase))
        }
    }

    private func readText() throws(ConfigError) -> String? {
        do {
            return try PrivateFiles.readPrivateText(at: path)
        } catch {
            if case .missing = error.phrase { return nil }
            throw ConfigError(error)
        }
    }

    private func write(_ text: String) throws(ConfigError) {
        do { try PrivateFiles.writeAtomically(Array(text.utf8), to: path) } catch {
            throw ConfigError(path: path, problem: .notWritten(reason: error.phrase))
        }
    }
}
