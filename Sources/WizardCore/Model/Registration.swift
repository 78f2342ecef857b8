import SIPLineService

/// Following a cloud line's registration on the result screen with `voximplant.sip.status`.
public struct RegistrationWatch: Sendable, Equatable {
    public var regID: Int
    public var latest: RegistrationStatus?
    /// The last poll's failure message (redacted by the service), while no final status is known.
    public var pollError: String?
    public var polls: Int = 0
    /// Monotonic seconds when watching began (set by the first tick), for the elapsed time.
    public var startedAt: Double?
    /// Polling stopped: a final status arrived, or the limit was reached, or the portal cannot be asked.
    public var finished: Bool = false
    /// Polling ended at the limit without a final status.
    public var gaveUp: Bool = false

    /// Seconds between polls and how many polls at most (about a minute).
    public static let interval: Double = 3
    public static let maximumPolls = 20

    public init(regID: Int) { self.regID = regID }
}

/// Saving the result's details to a file.
public struct SaveState: Sendable, Equatable {
    public enum Phase: Sendable, Equatable {
        case idle
        case asking
        case saving(path: String)
        case saved(path: String)
        case failed(path: String, reason: String)
    }

    public var phase: Phase = .idle
    public var path = TextField()

    public init() {}
}
