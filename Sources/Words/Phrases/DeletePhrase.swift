/// `sipline delete`'s words.
public enum DeletePhrase: Phrase {
    case cannotAsk(configID: Int)
    /// The question, naming the line when the portal listed it; `type` is cloud or office, as Bitrix24 writes it.
    case confirmNamed(configID: Int, title: String, type: String, server: String, host: String)
    case confirm(configID: Int, host: String)
    case declined
    case deleted(configID: Int, host: String)
}
