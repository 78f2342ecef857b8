/// Why the full-screen front end cannot run here. Each case reads as a sentence the person can act on; the caller
/// decides what takes over (the plain line-prompt mode) and with which exit status.
public enum TerminalUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, no terminal at all).
    case notATerminal
    /// `TERM` is not set.
    case termNotSet
    /// `TERM=dumb`: the terminal cannot move the cursor.
    case dumbTerminal
    /// No terminfo entry for this `TERM`.
    case unknownTerminal(String)
    /// The terminfo entry lacks what a full-screen program needs (cursor addressing, clearing).
    case unusableTerminal(String)
    /// ncurses refused to start on this terminal.
    case cursesFailed(String)

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal for the full-screen wizard"
        case .termNotSet:
            return "the TERM environment variable is not set, so the terminal type is unknown"
        case .dumbTerminal:
            return "TERM=dumb cannot show the full-screen wizard"
        case .unknownTerminal(let term):
            return "no terminal description for TERM=\(term) (is its terminfo entry installed?)"
        case .unusableTerminal(let term):
            return "TERM=\(term) cannot move the cursor or clear the screen, which the full-screen wizard needs"
        case .cursesFailed(let term):
            return "ncurses could not start on TERM=\(term)"
        }
    }
}
