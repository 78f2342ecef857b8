import SIPLineService

/// What the wizard asks the runtime to do. Each answer comes back as a `WizardEvent`.
public enum WizardEffect: Sendable, Equatable {
    /// List the lines this webhook can see (the service's preflight); answer `.preflightLoaded`.
    case loadPreflight
    /// Run the service's reconciling add with this normalized draft; answer `.addFinished`. Sent once per Enter
    /// on review; never again while submitting.
    case submit(LineDraft)
    /// Ctrl-C while submitting: cancel waiting; the service reconciles and answers `.addFinished`.
    case stopWaiting
    /// Ask `voximplant.sip.status` for this registration after waiting `after` seconds; answer `.statusPolled`.
    case pollStatus(regID: Int, after: Double)
    /// Write the file with mode 0600 (it holds secrets); answer `.detailsSaved`.
    case saveDetails(path: String, contents: String)
    /// Leave the terminal, print `summary` (no secrets) on the normal screen when given, exit with `exitCode`
    /// (0 when a line was created in this run, else 130).
    case quit(exitCode: Int32, summary: String?)
    /// Build a client for this webhook URL and ask `voximplant.sip.connector.status`; on success the runtime uses
    /// that portal from now on. Answer `.portalChecked`. The URL holds the webhook's secret code: never log it.
    case checkPortal(webhookURL: String)
    /// Ask `voximplant.sip.connector.status` again of the portal in use (after its webhook was fixed in Bitrix24);
    /// answer `.portalChecked`.
    case recheckPortal
    /// Save the checked webhook as a named portal in the config file (mode 0600); answer `.portalSaved`.
    case savePortal(name: String, webhookURL: String)
    /// Keep the form for the next start (`$XDG_STATE_HOME/sipline/draft.json`); never holds the password. Sent
    /// just before `.quit` when the person leaves with something typed and no line created from it. No answer.
    case saveDraft(KeptDraft)
    /// The kept draft is done with (its line was created, or the person chose to start fresh). No answer.
    case discardDraft
    /// Ctrl-L: repaint the whole terminal.
    case redraw
}
