import Bitrix24REST

/// Refreshes an OAuth portal of the config file so that no sipline process ever loses the refresh token: under the
/// exclusive lock on `config.toml.lock` it re-reads the portal's stored pair; when another process already replaced
/// the pair this process started with, that stored pair is used (nothing sent); otherwise it refreshes and writes
/// the new pair back (atomically, mode 0600) before releasing the lock.
///
/// Limitation: a stored pair adopted from another process is assumed fresh (it was refreshed while this process
/// ran); if the portal rejects it too, this call fails and the next run refreshes with it.
public struct ConfigTokenCoordinator: TokenRefreshCoordinator {
    public let store: ConfigStore
    public let portal: String
    /// Told when the file could not be locked, read or written; the refresh itself still goes ahead, so the call
    /// succeeds, but the person must know the stored refresh token may now be spent.
    public let onProblem: @Sendable (ConfigError) -> Void

    public init(store: ConfigStore, portal: String, onProblem: @escaping @Sendable (ConfigError) -> Void = { _ in }) {
        self.store = store
        self.portal = portal
        self.onProblem = onProblem
    }

    public func coordinateRefresh(
        current: OAuthCredentials,
        refresh: @Sendable (OAuthCredentials) async throws(Bitrix24Error) -> OAuthCredentials
    ) async throws(Bitrix24Error) -> OAuthCredentials {
        let lock: FileLock
        do { lock = try await store.lockFile() } catch {
            onProblem(error)
            return try await refresh(current)
        }
        defer { withExtendedLifetime(lock) {} }

        var base = current
        do {
            if let stored = try store.storedOAuth(portal) {
                if stored.refreshToken != current.refreshToken { return stored }
                base = stored
            }
        } catch {
            onProblem(error)
        }
        let renewed = try await refresh(base)
        do { try store.writeTokens(renewed, portal: portal) } catch { onProblem(error) }
        return renewed
    }
}
