import Words
import SIPLineService

/// The add under way (the submitting screen), and what is known when its outcome was lost.
public struct SubmitState: Sendable, Equatable {
    /// Monotonic seconds when submitting began (set by the first tick), for the elapsed time.
    public internal(set) var startedAt: Double?
    /// Ctrl-C was pressed: the service reconciles and answers.
    public internal(set) var stopRequested = false
    /// Why the outcome is unknown (the outcome-unknown screen).
    public internal(set) var unknownReason: AnyPhrase?
    /// The last wait the portal asked for while this add was under way.
    public internal(set) var portalWait: CommandNotePhrase?

    public init() {}
}
