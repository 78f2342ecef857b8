extension TerminalPhrase {
    public var legacyEnglish: String {
        switch self {
        case .notATerminal: "standard input and output must be a terminal for the full-screen wizard"
        case .termNotSet: "the TERM environment variable is not set, so the terminal type is unknown"
        case .dumbTerminal: "TERM=dumb cannot show the full-screen wizard"
        case .unknownTerminal(let term): "no terminal description for TERM=\(term) (is its terminfo entry installed?)"
        case .unusableTerminal(let term):
            "TERM=\(term) cannot move the cursor or clear the screen, which the full-screen wizard needs"
        case .cursesFailed(let term): "ncurses could not start on TERM=\(term)"
        }
    }
}
