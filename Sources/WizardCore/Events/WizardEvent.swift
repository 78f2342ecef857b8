import SIPLineService
import Words

/// What happens to the wizard: keys, the terminal, time, and the answers to its effects.
public enum WizardEvent: Sendable {
    /// Sent once by the runtime when the wizard starts; answered with `.loadKnownLines` when a portal is in use.
    case started
    /// The runtime found a draft kept by an earlier run (sent right after `.started`, before the first frame):
    /// the wizard offers to continue it.
    case draftFound(DraftOffer)
    case key(Key)
    case resized(TerminalSize)
    /// Monotonic seconds from the runtime, sent while `Wizard.needsTicks` is true (4 a second is plenty).
    case tick(seconds: Double)
    /// The terminal went away or a signal asks the process to end: nobody is left to confirm anything.
    case endRequested
    case knownLinesLoaded(Result<Preflight, SIPLineError>)
    /// The service's reconciling add finished (also after `.stopWaiting`).
    case addFinished(Result<AddOutcome, SIPLineError>)
    /// The portal asked the client to wait before it tries again (a rate limit, an operating limit): said while
    /// the line is being created, so a long wait is not taken for a hang.
    case portalAskedToWait(CommandNotePhrase)
    case statusPolled(Result<RegistrationStatus, SIPLineError>)
    /// The answer to `.checkPortal`/`.recheckPortal`: the portal now in use, or why the webhook cannot be used.
    case portalChecked(Result<PortalCheck, PortalProblem>)
    /// The answer to `.savePortal`: saved (`error == nil`) or not (words without secrets).
    case portalSaved(name: String, error: AnyPhrase?)
    /// The details file was written (`error == nil`) or not.
    case detailsSaved(path: String, error: AnyPhrase?)
    /// The draft file could not be written (`.saveDraft`), or was written again after a failure (`nil`).
    case draftWritten(error: AnyPhrase?)
    /// The answer to `.checkServer` for this server.
    case serverChecked(server: String, report: ServerCheckReport)
    /// The answer to `.makeDefault`.
    case defaultLineSet(Result<DefaultLineChange, SIPLineError>)
    /// The answer to `.reRegister`.
    case reRegistered(Result<Void, SIPLineError>)
    /// The answer to `.recordCreated`: the history holds the line (`nil`) or could not be written.
    case historyRecorded(error: AnyPhrase?)
}
