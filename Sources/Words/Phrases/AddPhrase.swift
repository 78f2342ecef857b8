/// `sipline add`'s words besides the created line itself.
public enum AddPhrase: Phrase {
    case passwordMissing
    /// A field's warning, on stderr before the add.
    case warning(ValidationPhrase)
    /// A field's notice (e.g. `https://` removed), on stderr before the add.
    case note(ValidationPhrase)
    /// A warning: the line was created but the history file could not be appended to.
    case historyNotRecorded(reason: PrivateFilePhrase)
    /// The answer was lost but listing again found the line; `reason` says how the answer was lost.
    case foundAfterCheck(reason: AnyPhrase)
    /// The answer was lost and listing again showed no new line.
    case notCreated(reason: AnyPhrase)
    /// The answer was lost and the portal could not be asked; `reason` says what to check.
    case outcomeUnknown(reason: AnyPhrase)
}
