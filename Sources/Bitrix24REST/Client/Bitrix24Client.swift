import Platform
import BitrixJSON
import Logging
import Words

/// Calls Bitrix24 REST methods for one portal. Safe to share across tasks.
///
/// Above the transport it adds what the contract asks: `QUERY_LIMIT_EXCEEDED` retried with a growing, capped delay;
/// `OPERATION_TIME_LIMIT` waited out until its reset (capped); one OAuth refresh on `expired_token`/`invalid_token`
/// (shared by concurrent callers); one re-POST after a redirect to an https (or loopback) address. Nothing else is
/// repeated: a call that may have run is never sent again.
public final class Bitrix24Client: Sendable {
    public let configuration: ClientConfiguration
    private let clock: any RetryClock
    private let tokenStore: (@Sendable (OAuthCredentials) async -> Void)?
    private let refreshCoordinator: (any TokenRefreshCoordinator)?
    private let logger: Logger
    private let transport: any HTTPTransport
    private let state: ClientState

    public convenience init(
        credentials: PortalCredentials, configuration: ClientConfiguration = .init(),
        clock: any RetryClock = SystemRetryClock(),
        tokenStore: (@Sendable (OAuthCredentials) async -> Void)? = nil,
        refreshCoordinator: (any TokenRefreshCoordinator)? = nil,
        logger: Logger = Logger(label: "sipline.rest", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.init(credentials: credentials, configuration: configuration, clock: clock, tokenStore: tokenStore,
                  refreshCoordinator: refreshCoordinator, logger: logger,
                  transport: AsyncHTTPTransport(configuration: configuration))
    }

    /// With a transport of the caller's choosing (tests script answers; the client owns and shuts it down).
    public init(
        credentials: PortalCredentials, configuration: ClientConfiguration = .init(),
        clock: any RetryClock = SystemRetryClock(),
        tokenStore: (@Sendable (OAuthCredentials) async -> Void)? = nil,
        refreshCoordinator: (any TokenRefreshCoordinator)? = nil,
        logger: Logger = Logger(label: "sipline.rest", factory: { _ in SwiftLogNoOpLogHandler() }),
        transport: any HTTPTransport
    ) {
        self.configuration = configuration
        self.clock = clock
        self.tokenStore = tokenStore
        self.refreshCoordinator = refreshCoordinator
        self.logger = logger
        self.transport = transport
        self.state = ClientState(credentials: credentials)
    }

    public func shutdown() async {
        await transport.shutdown()
    }

    /// The portal's new origin ("https://new.bitrix24.com") learnt from a redirect, to update the configuration.
    public var redirectedPortal: String? { get async { await state.redirectedPortal } }

    /// The credentials in use now: refreshed tokens, or the webhook moved to the redirected portal.
    public var currentCredentials: PortalCredentials { get async { await state.credentials } }

    public func call(_ method: String, _ params: [String: JSONValue] = [:]) async throws(Bitrix24Error)
        -> Bitrix24Response
    {
        let paramSecrets = RequestEncoder.secretValues(in: params)
        var progress = CallProgress()
        while true {
            progress.attempt += 1
            let credentials = await state.credentials
            if case .oauth(let oauth) = credentials {
                // Webhooks are checked when parsed; OAuth credentials may come straight from a config file.
                do { _ = try oauth.validated() } catch { throw .invalidCredentials(error) }
            }
            let redactor = await state.redactor(adding: paramSecrets)
            let request = RequestEncoder.call(
                method: method, params: params, credentials: credentials, userAgent: configuration.userAgent,
                url: progress.redirectURL)
            let reply = try await exchange(request, method: method, attempt: progress.attempt, redactor: redactor)
            if Self.redirectStatuses.contains(reply.status) {
                try await follow(reply, of: request, method: method, redactor: redactor, progress: &progress)
                continue
            }
            switch EnvelopeDecoder.decode(status: reply.status, body: reply.body, method: method, redactor: redactor) {
            case .success(let response): return response
            case .failure(let error): try await recover(from: error, method: method, credentials: credentials,
                                                        progress: &progress)
            }
        }
    }

    /// What one call has gone through so far: its attempts, retries and waits, the refresh and the redirect.
    private struct CallProgress {
        var attempt = 0
        var rateLimitRetries = 0
        var operatingWaited = Duration.zero
        var refreshed = false
        var redirectURL: String?
    }

    /// A redirect is followed once (the body is POSTed again to the new address); a second one is refused.
    private func follow(_ reply: HTTPExchangeReply, of request: HTTPExchangeRequest, method: String,
                        redactor: Redactor, progress: inout CallProgress) async throws(Bitrix24Error) {
        guard progress.redirectURL == nil else {
            throw .redirectRefused(status: reply.status, location: reply.header("Location").map(redactor.redact),
                                   reason: .secondRedirect)
        }
        let target = try resolveRedirect(reply, from: request.url, redactor: redactor)
        progress.redirectURL = target.url
        await state.learnRedirect(to: target.address)
        logger.info("portal redirected", metadata: ["method": "\(method)", "to": "\(target.address.origin)"])
    }

    /// Returns when the call is worth another attempt (after the wait the portal asked for, or a token refresh);
    /// throws the error otherwise.
    private func recover(from error: Bitrix24Error, method: String, credentials: PortalCredentials,
                         progress: inout CallProgress) async throws(Bitrix24Error) {
        let policy = configuration.retry
        switch error {
        case .rateLimited(_, let message):
            progress.rateLimitRetries += 1
            guard let delay = policy.rateLimitDelay(retry: progress.rateLimitRetries) else {
                throw .rateLimited(attempts: progress.rateLimitRetries, message)
            }
            logger.debug("rate limited, retrying", metadata: ["method": "\(method)", "delay": "\(delay)"])
            configuration.onWait?(.rateLimit(retry: progress.rateLimitRetries, delay: delay))
            try await pause(delay, target: credentials.portalHost)
        case .operatingLimit(let resetAt, let message):
            guard let wait = policy.operatingLimitWait(resetAt: resetAt, now: clock.now(),
                                                       alreadyWaited: progress.operatingWaited)
            else { throw .operatingLimit(resetAt: resetAt, message) }
            logger.debug("operating limit, waiting for reset", metadata: ["method": "\(method)", "wait": "\(wait)"])
            progress.operatingWaited += wait
            configuration.onWait?(.operatingLimit(delay: wait))
            try await pause(wait, target: credentials.portalHost)
        case .authentication(.tokenRejected, let message):
            guard case .oauth(let oauth) = credentials, !progress.refreshed else {
                throw .authentication(.tokenRejected, message)
            }
            progress.refreshed = true
            logger.debug("access token rejected, refreshing", metadata: ["method": "\(method)"])
            _ = try await state.refreshedCredentials(after: oauth.accessToken) { [self] current throws(Bitrix24Error) in
                try await self.refresh(current)
            }
        default:
            throw error
        }
    }

    static let redirectStatuses: Set<Int> = [301, 302, 303, 307, 308]

    // MARK: - Steps

    private func exchange(
        _ request: HTTPExchangeRequest, method: String, attempt: Int, redactor: Redactor
    ) async throws(Bitrix24Error) -> HTTPExchangeReply {
        let target = (try? PortalAddress.parse(request.url)).map { "\($0.host):\($0.effectivePort)" } ?? "portal"
        if Task.isCancelled { throw .transport(TransportFailure(kind: .cancelled(sent: false), target: target)) }
        logger.debug("request", metadata: [
            "method": "\(method)", "url": "\(redactor.redact(request.url))", "attempt": "\(attempt)",
        ])
        let started = ContinuousClock.now
        do {
            let reply = try await transport.send(request)
            logger.debug("answer", metadata: [
                "method": "\(method)", "status": "\(reply.status)", "bytes": "\(reply.body.count)",
                "ms": "\((ContinuousClock.now - started).inMilliseconds)",
            ])
            return reply
        } catch {
            var failure = error
            // The system's own text may quote the request (a URL with the webhook code); sipline's words never do.
            if case .system(let text)? = failure.detail { failure.detail = .system(redactor.redact(text)) }
            logger.debug("transport failure", metadata: [
                "method": "\(method)", "failure": "\(failure.kind)", "detail": "\(failure.detail?.english ?? "")",
                "ms": "\((ContinuousClock.now - started).inMilliseconds)",
            ])
            throw .transport(failure)
        }
    }

    private func pause(_ duration: Duration, target: String) async throws(Bitrix24Error) {
        do { try await clock.sleep(for: duration) } catch {
            throw .transport(TransportFailure(kind: .cancelled(sent: false), target: target))
        }
    }

    private struct RedirectTarget {
        var url: String
        var address: PortalAddress
    }

    /// Only to https (or loopback); a relative Location stays on the current origin.
    private func resolveRedirect(
        _ reply: HTTPExchangeReply, from url: String, redactor: Redactor
    ) throws(Bitrix24Error) -> RedirectTarget {
        guard let location = reply.header("Location")?.trimmedWhitespace, !location.isEmpty else {
            throw .redirectRefused(status: reply.status, location: nil, reason: .missingLocation)
        }
        var absolute = location
        if location.hasPrefix("/"), !location.hasPrefix("//"), let current = try? PortalAddress.parse(url) {
            absolute = current.origin + location
        }
        guard let address = try? PortalAddress.parse(absolute) else {
            throw .redirectRefused(status: reply.status, location: ExcerptSanitizer.excerpt(location, redactor: redactor),
                                   reason: .missingLocation)
        }
        guard address.isAcceptablySecure else {
            throw .redirectRefused(status: reply.status, location: ExcerptSanitizer.excerpt(absolute, redactor: redactor),
                                   reason: .insecureTarget)
        }
        return RedirectTarget(url: absolute, address: address)
    }

    private func refresh(_ current: OAuthCredentials) async throws(Bitrix24Error) -> OAuthCredentials {
        guard let refreshCoordinator else { return try await refreshAtServer(current) }
        return try await refreshCoordinator.coordinateRefresh(current: current) { [self] pair throws(Bitrix24Error) in
            try await self.refreshAtServer(pair)
        }
    }

    private func refreshAtServer(_ current: OAuthCredentials) async throws(Bitrix24Error) -> OAuthCredentials {
        let redactor = await state.redactor()
        let request = RequestEncoder.refresh(current, userAgent: configuration.userAgent)
        let reply = try await exchange(request, method: "oauth/token", attempt: 1, redactor: redactor)
        let renewed = try TokenRefreshDecoder.decode(
            status: reply.status, body: reply.body, previous: current, redactor: redactor
        ).get()
        logger.debug("tokens refreshed")
        await tokenStore?(renewed)
        return renewed
    }
}
