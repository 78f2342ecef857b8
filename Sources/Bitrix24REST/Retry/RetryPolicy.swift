import Platform

/// When the client may repeat a call by itself. Only two answers qualify, both of which say the call was NOT run:
/// `QUERY_LIMIT_EXCEEDED` (growing, capped delay) and `OPERATION_TIME_LIMIT` (wait until the reset, capped).
public struct RetryPolicy: Sendable, Hashable {
    /// Repeats after `QUERY_LIMIT_EXCEEDED` (so at most `rateLimitRetries + 1` attempts).
    public var rateLimitRetries: Int
    public var rateLimitBaseDelay: Duration
    public var rateLimitMaxDelay: Duration
    /// Longest total wait for `OPERATION_TIME_LIMIT` resets in one call; a later reset fails at once.
    public var operatingLimitMaxWait: Duration
    /// Added to the reset time: the portal's clock and ours differ by a little.
    public var operatingLimitMargin: Duration

    public init(
        rateLimitRetries: Int = 5, rateLimitBaseDelay: Duration = .milliseconds(500),
        rateLimitMaxDelay: Duration = .seconds(8), operatingLimitMaxWait: Duration = .seconds(60),
        operatingLimitMargin: Duration = .milliseconds(500)
    ) {
        self.rateLimitRetries = rateLimitRetries
        self.rateLimitBaseDelay = rateLimitBaseDelay
        self.rateLimitMaxDelay = rateLimitMaxDelay
        self.operatingLimitMaxWait = operatingLimitMaxWait
        self.operatingLimitMargin = operatingLimitMargin
    }

    /// Delay before repeat number `retry` (1-based): base, 2×base, 4×base … capped at `rateLimitMaxDelay`;
    /// nil once the retries are used up. (The bucket drains 2 requests/s, so 0.5 s is one slot.)
    public func rateLimitDelay(retry: Int) -> Duration? {
        guard retry >= 1, retry <= rateLimitRetries else { return nil }
        let factor = 1 << min(retry - 1, 30)
        let delay = rateLimitBaseDelay * factor
        return min(delay, rateLimitMaxDelay)
    }

    /// How long to wait for an operating-limit reset, or nil when the reset is unknown or the wait (plus what this
    /// call already waited) would exceed `operatingLimitMaxWait`.
    public func operatingLimitWait(resetAt: Date?, now: Date, alreadyWaited: Duration = .zero) -> Duration? {
        guard let resetAt else { return nil }
        let seconds = max(0, resetAt.timeIntervalSince(now))
        let wait = Duration.milliseconds(Int64((seconds * 1000).rounded(.up))) + operatingLimitMargin
        guard wait + alreadyWaited <= operatingLimitMaxWait else { return nil }
        return wait
    }
}
