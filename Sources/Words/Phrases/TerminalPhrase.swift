/// Why the full-screen wizard cannot run on this terminal (plain prompts take over); `TerminalUnavailable` carries it.
public enum TerminalPhrase: Phrase {
    /// Standard input or output is not a terminal (a pipe, a file, no terminal at all).
    case notATerminal
    case termNotSet
    /// `TERM=dumb`: the terminal cannot move the cursor.
    case dumbTerminal
    /// No terminfo entry for this `TERM`.
    case unknownTerminal(String)
    /// The terminfo entry lacks what a full-screen program needs (cursor addressing, clearing).
    case unusableTerminal(String)
    /// ncurses refused to start on this terminal.
    case cursesFailed(String)
}
