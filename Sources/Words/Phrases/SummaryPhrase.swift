/// The line the wizard leaves on the normal screen when it quits (never a secret).
public enum SummaryPhrase: Phrase {
    case cloudLine(title: String, configID: Int)
    case officeLine(title: String, configID: Int)
    case createdOne(line: String, place: String)
    case createdMany(count: Int, place: String, lines: String)
    case sandboxPlace(host: String)
    case draftNotKept(AnyPhrase)
    /// Quitting before the line was created, with something typed: where it went.
    case draftKept(title: String?)
}
