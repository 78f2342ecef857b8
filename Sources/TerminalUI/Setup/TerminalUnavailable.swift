import Words

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

    /// Why, in the catalogue's words.
    public var phrase: TerminalPhrase {
        switch self {
        case .notATerminal: .notATerminal
        case .termNotSet: .termNotSet
        case .dumbTerminal: .dumbTerminal
        case .unknownTerminal(let term): .unknownTerminal(term)
        case .unusableTerminal(let term): .unusableTerminal(term)
        case .cursesFailed(let term): .cursesFailed(term)
        }
    }

    public var description: String { phrase.english }
}
