import Platform

/// The time source of the retry logic; tests inject one that records sleeps and returns at once.
public protocol RetryClock: Sendable {
    func now() -> Date
    func sleep(for duration: Duration) async throws
}

public struct SystemRetryClock: RetryClock {
    public init() {}
    public func now() -> Date { Date() }
    public func sleep(for duration: Duration) async throws { try await ContinuousClock().sleep(for: duration) }
}
