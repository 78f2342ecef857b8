import SIPLineService
import Words

/// The result screen of a created line: the line, its registration (cloud), what is revealed, saving the details.
public struct ResultState: Sendable, Equatable {
    public internal(set) var line: CreatedLine
    /// Set when the add's answer was lost but listing again found the line.
    public internal(set) var foundAfterCheck: AnyPhrase?
    public internal(set) var registration: RegistrationWatch?
    public internal(set) var revealSecrets = false
    public internal(set) var save = SaveState()
    /// Recording the line in the history failed (said on screen, never swallowed).
    public internal(set) var historyError: AnyPhrase?
    public internal(set) var defaultLine = DefaultLineStep.idle
    /// The registration being fixed (`e`), while its form is open.
    public internal(set) var fix: RegistrationFix?
    /// The PBX configuration being shown (`c`), while it is open.
    public internal(set) var pbxConfig: PBXConfigView?
    /// The format last shown: "save details" writes that configuration into the file as well.
    public internal(set) var chosenFormat: PBXConfigFormat?

    init(line: CreatedLine, foundAfterCheck: AnyPhrase?) {
        self.line = line
        self.foundAfterCheck = foundAfterCheck
        if line.type == .cloud, let regID = line.regID { registration = RegistrationWatch(regID: regID) }
    }

    /// The advice for the registration, once it failed (or gave no answer in time): `e` fixes it.
    public var failedRegistration: RegistrationAdvice? {
        guard let watch = registration, watch.finished else { return nil }
        if let status = watch.latest, status.result == .error { return RegistrationAdvice(status) }
        if watch.gaveUp { return .noAnswer(afterSeconds: watch.polls * Int(RegistrationWatch.interval)) }
        return nil
    }

    /// The result holds a secret the portal generated (an office line's INCOMING_PASSWORD), which `r` reveals.
    public var hasRevealableSecret: Bool {
        guard let secret = line.incomingPassword else { return false }
        return !secret.isEmpty
    }
}

/// Following a cloud line's registration on the result screen with `voximplant.sip.status`.
public struct RegistrationWatch: Sendable, Equatable {
    public var regID: Int
    public var latest: RegistrationStatus?
    /// The last poll's failure (the service's words), while no final status is known.
    public var pollError: SIPLineError?
    public var polls: Int = 0
    /// Monotonic seconds when watching began (set by the first tick), for the elapsed time.
    public var startedAt: Double?
    /// Polling stopped: a final status arrived, or the limit was reached, or the portal cannot be asked.
    public var finished: Bool = false
    /// Polling ended at the limit without a final status.
    public var gaveUp: Bool = false

    /// Seconds between polls and how many polls at most (about a minute): each poll may notify the portal's
    /// administrators, so it stays gentle.
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
        case failed(path: String, reason: AnyPhrase)
    }

    public var phase: Phase = .idle
    public var path = TextField()

    public init() {}
}
