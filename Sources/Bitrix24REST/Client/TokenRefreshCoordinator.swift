/// Lets whoever stores the OAuth tokens take part in a refresh, so that several holders of the same token pair
/// (two sipline processes sharing one config file) never spend the same refresh token twice: the portal accepts a
/// refresh token once.
///
/// When a coordinator is given, the client calls it instead of refreshing directly. A coordinator typically takes a
/// lock shared by all holders, re-reads the stored pair, and either returns the stored pair when another holder has
/// already refreshed (no network), or calls `refresh` with the newest pair and stores its answer before unlocking.
public protocol TokenRefreshCoordinator: Sendable {
    /// - Parameters:
    ///   - current: the pair whose access token the portal just rejected.
    ///   - refresh: one refresh at the OAuth server with the pair given to it; returns the new pair.
    /// - Returns: the pair the client continues with.
    func coordinateRefresh(
        current: OAuthCredentials,
        refresh: @Sendable (OAuthCredentials) async throws(Bitrix24Error) -> OAuthCredentials
    ) async throws(Bitrix24Error) -> OAuthCredentials
}
