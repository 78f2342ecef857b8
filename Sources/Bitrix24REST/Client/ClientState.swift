/// The client's mutable part: current credentials (tokens change on refresh, the origin on a redirect), every
/// secret ever used (old tokens still must not leak), and the one refresh in flight that concurrent callers share.
actor ClientState {
    private(set) var credentials: PortalCredentials
    private(set) var redirectedPortal: String?
    private var secrets: [String]
    private var refreshInFlight: Task<OAuthCredentials, any Error>?

    init(credentials: PortalCredentials) {
        self.credentials = credentials
        self.secrets = credentials.secrets
    }

    func redactor(adding extra: [String] = []) -> Redactor {
        Redactor(secrets: secrets + extra)
    }

    /// The portal moved: later calls go to `origin` (same path), and the person is told the new address.
    func learnRedirect(to address: PortalAddress) {
        switch credentials {
        case .webhook(var webhook):
            guard webhook.address.origin != address.origin else { return }
            webhook.address.scheme = address.scheme
            webhook.address.host = address.host
            webhook.address.port = address.port
            credentials = .webhook(webhook)
        case .oauth(var oauth):
            guard let old = oauth.portalAddress, old.origin != address.origin else { return }
            oauth.clientEndpoint = address.origin + old.pathAndQuery
            credentials = .oauth(oauth)
        }
        redirectedPortal = address.origin
    }

    /// Refreshes once for everyone who saw `failedToken` rejected: a caller arriving while a refresh runs waits for
    /// it; one arriving after it finished gets the new pair without another refresh.
    func refreshedCredentials(
        after failedToken: String,
        perform: @escaping @Sendable (OAuthCredentials) async throws(Bitrix24Error) -> OAuthCredentials
    ) async throws(Bitrix24Error) -> OAuthCredentials {
        guard case .oauth(let current) = credentials else {
            preconditionFailure("refresh requested for webhook credentials")
        }
        if current.accessToken != failedToken { return current }
        let task: Task<OAuthCredentials, any Error>
        if let running = refreshInFlight {
            task = running
        } else {
            task = Task { try await perform(current) }
            refreshInFlight = task
        }
        do {
            let renewed = try await task.value
            if refreshInFlight == task {
                refreshInFlight = nil
                credentials = .oauth(renewed)
                secrets += [renewed.accessToken, renewed.refreshToken, renewed.clientSecret]
            }
            return renewed
        } catch let error as Bitrix24Error {
            if refreshInFlight == task { refreshInFlight = nil }
            throw error
        } catch {
            if refreshInFlight == task { refreshInFlight = nil }
            throw .transport(TransportFailure(kind: .other, target: "OAuth server", detail: ""))
        }
    }
}
