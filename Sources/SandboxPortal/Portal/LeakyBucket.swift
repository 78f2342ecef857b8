/// The portal's rate limit: each admitted call pours one unit in, the bucket drains `drainPerSecond` units a
/// second, and a call that would overflow `burst` is refused (and not executed). Time is passed in, so the
/// arithmetic is testable without a clock.
struct LeakyBucket: Sendable {
    let limit: RateLimit
    private(set) var level = 0.0
    private var lastSeconds: Double?

    init(_ limit: RateLimit) {
        self.limit = limit
    }

    mutating func admit(atSeconds now: Double) -> Bool {
        if let lastSeconds { level = max(0, level - (now - lastSeconds) * limit.drainPerSecond) }
        lastSeconds = now
        guard level + 1 <= Double(limit.burst) else { return false }
        level += 1
        return true
    }
}
