/// `sipline update`'s words.
public enum UpdatePhrase: Phrase {
    /// `fields` are the Bitrix24 keys changed (TITLE, SERVER, …).
    case updated(configID: Int, host: String, fields: [String])
    case nothingToChange
}
