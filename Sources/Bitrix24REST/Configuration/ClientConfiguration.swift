import Words

/// How the client talks to the network. Defaults follow product.md: connect 10 s, a whole request 75 s (the portal
/// cuts its own work at 60 s), proxies from the environment.
public struct ClientConfiguration: Sendable {
    public static let defaultUserAgent = "sipline/\(siplineVersion)"
    /// Replaced by the executable's version when it builds the configuration; the REST layer only needs a default.
    public static let siplineVersion = "0.1.0"

    public var connectTimeout: Duration
    public var requestTimeout: Duration
    public var userAgent: String
    public var retry: RetryPolicy
    public var proxy: ProxySettings
    /// Largest answer accepted, in bytes (a page of 50 lines is a few kilobytes).
    public var maximumAnswerBytes: Int
    /// Whether the HTTP library retries failed connection attempts (with backoff) until the connect timeout.
    /// Off by default: a refused port or an unknown host is reported at once instead of after the whole timeout.
    public var retryConnectionEstablishment: Bool
    /// Told before the client waits on its own (a rate limit, an operating-time reset), so a person can be told how
    /// long and why. Called on the calling task; must not block.
    public var onWait: (@Sendable (ClientWait) -> Void)?

    public init(
        connectTimeout: Duration = .seconds(10), requestTimeout: Duration = .seconds(75),
        userAgent: String = ClientConfiguration.defaultUserAgent, retry: RetryPolicy = RetryPolicy(),
        proxy: ProxySettings = .fromEnvironment(), maximumAnswerBytes: Int = 8 << 20,
        retryConnectionEstablishment: Bool = false
    ) {
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.userAgent = userAgent
        self.retry = retry
        self.proxy = proxy
        self.maximumAnswerBytes = maximumAnswerBytes
        self.retryConnectionEstablishment = retryConnectionEstablishment
    }
}

/// A wait the client is about to make before repeating a call the portal did not run.
public enum ClientWait: Sendable, Hashable {
    /// `QUERY_LIMIT_EXCEEDED`: repeat number `retry` after `delay`.
    case rateLimit(retry: Int, delay: Duration)
    /// `OPERATION_TIME_LIMIT`: the method used its time budget; waiting `delay` for the reset.
    case operatingLimit(delay: Duration)
}

extension ClientWait {
    /// What a person is told while the client waits (the commands on stderr, the wizard on its screen).
    public var note: CommandNotePhrase {
        switch self {
        case .rateLimit(let retry, let delay): .rateLimitWait(delay: DurationPhrase(delay), retry: retry)
        case .operatingLimit(let delay): .operatingLimitWait(delay: DurationPhrase(delay))
        }
    }
}
