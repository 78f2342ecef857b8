import Words
import SIPLineService

/// Why the wizard ends, as the core knows it; the runtime turns it into an exit status and a summary.
public enum QuitReason: Sendable, Equatable {
    /// At least one line was created in this run (however the wizard was left).
    case created([CreatedLine], on: PortalInUse)
    /// Left without creating a line: Ctrl-C, q, a signal, a lost terminal.
    case cancelled
}
