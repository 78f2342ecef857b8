import Words
import SIPLineService

/// What the wizard asks the runtime to do. Each answer comes back as a `WizardEvent`.
public enum WizardEffect: Sendable, Equatable {
    /// List the lines this webhook can see (the service's preflight); answer `.knownLinesLoaded`.
    case loadKnownLines
    /// Run the service's reconciling add with this normalized draft, comparing against `knownLines` (the list
    /// taken before, when there is one); answer `.addFinished`. Sent once per Enter on review.
    case submit(LineDraft, knownLines: Preflight?)
    /// Ctrl-C while submitting: cancel waiting; the service reconciles and answers `.addFinished`.
    case stopWaiting
    /// Ask `voximplant.sip.status` for this registration after waiting `after` seconds; answer `.statusPolled`.
    case pollStatus(regID: Int, after: Double)
    /// Write the file with mode 0600 (it holds secrets); answer `.detailsSaved`.
    case saveDetails(path: String, contents: String)
    /// Build a client for this webhook URL and ask `voximplant.sip.connector.status`; on success the runtime uses
    /// that portal from now on. Answer `.portalChecked`. The URL holds the webhook's secret code: never log it.
    case checkPortal(webhookURL: String)
    /// Ask `voximplant.sip.connector.status` again of the portal in use (after its webhook was fixed in Bitrix24);
    /// answer `.portalChecked`.
    case recheckPortal
    /// Save the checked webhook as a named portal in the config file (mode 0600), the name checked by the config
    /// file's rule; answer `.portalSaved`.
    case savePortal(name: String, webhookURL: String)
    /// Keep the form for the next start as this run's draft; never holds the password. Answer `.draftWritten`.
    case saveDraft(KeptDraft)
    /// The person continued the offered draft: it is this run's draft from now on (saved over, discarded once its
    /// line exists). No answer.
    case continueDraft
    /// The person chose to start fresh: the offered draft is deleted. No answer.
    case dropOfferedDraft
    /// This run's draft is done with: its line was created. No answer.
    case discardDraft
    /// Record a created line in the history (no secrets); answer `.historyRecorded`.
    case recordCreated(CreatedLine, on: PortalInUse)
    /// Check the server from this machine (RFC 3263 resolution, SIP OPTIONS) in the background, replacing a check
    /// still running; answer `.serverChecked`. Never blocks anything.
    case checkServer(String)
    /// Make the line the portal's default outgoing line and read it back; answer `.defaultLineSet`.
    case makeDefault(CreatedLine)
    /// `voximplant.sip.update` of a cloud line with its server, login and the password again, so the portal
    /// registers it anew; answer `.reRegistered`.
    case reRegister(configID: Int, server: String, login: String, password: String)
    /// Record an update of a line in the history (the fields that changed, no secret); answer `.historyRecorded`
    /// only on failure.
    case recordUpdated(CreatedLine, changed: [String], on: PortalInUse)
    /// Leave the terminal and end the process, for this reason (the runtime maps it to the exit status and, when
    /// lines were created, leaves the one-line summary on the normal screen).
    case quit(QuitReason)
}
