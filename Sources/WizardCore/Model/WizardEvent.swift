import SIPLineService

/// What happens to the wizard: keys, the terminal, time, and the answers to its effects.
public enum WizardEvent: Sendable {
    /// Sent once by the runtime when the wizard starts; answered with `.loadPreflight`.
    case started
    /// The runtime found a draft kept by an earlier run (sent right after `.started`, before the first frame):
    /// the wizard offers to continue it.
    case draftFound(DraftOffer)
    case key(Key)
    case resized(TerminalSize)
    /// Monotonic seconds from the runtime, sent while `Wizard.needsTicks` is true (4 a second is plenty).
    case tick(seconds: Double)
    case preflightLoaded(Result<Preflight, SIPLineError>)
    /// The service's reconciling add finished (also after `.stopWaiting`).
    case addFinished(Result<AddOutcome, SIPLineError>)
    case statusPolled(Result<RegistrationStatus, SIPLineError>)
    /// The answer to `.checkPortal`: the portal now in use, or why the webhook cannot be used.
    case portalChecked(Result<PortalCheck, PortalProblem>)
    /// The answer to `.savePortal`: saved (`error == nil`) or not (a sentence without secrets).
    case portalSaved(name: String, error: String?)
    /// The details file was written (`error == nil`) or not (a sentence without secrets).
    case detailsSaved(path: String, error: String?)
}
