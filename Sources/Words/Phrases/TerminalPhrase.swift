/// Why the full-screen wizard cannot run on this terminal (plain prompts take over).
public enum TerminalPhrase: Phrase {
    case notATerminal
    case termNotSet
    case dumbTerminal
    case unknownTerminal(String)
    case unusableTerminal(String)
    case cursesFailed(String)
}
