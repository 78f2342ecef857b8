/// How hard the service tries to list the lines after an add whose answer was lost. Listing is read-only, so
/// repeating it is safe; the budget only bounds how long a person waits for the verdict.
public struct ReconciliationPolicy: Sendable, Hashable {
    /// Listings tried before the outcome is declared unknown.
    public var attempts: Int
    /// Wait between two listings.
    public var pause: Duration
    /// Longest time for the whole check, listings and pauses together.
    public var deadline: Duration

    public init(attempts: Int = 3, pause: Duration = .seconds(1), deadline: Duration = .seconds(30)) {
        self.attempts = max(1, attempts)
        self.pause = pause
        self.deadline = deadline
    }
}
