/// `sipline status`'s words.
public enum StatusPhrase: Phrase {
    /// One registration status; `result` is the portal's STATUS_RESULT, `message` its ERROR_MESSAGE, `updated` its
    /// LAST_UPDATED (portal time).
    case registration(regID: Int, result: String, code: Int?, message: String?, updated: String?)
    case regIDNotPositive(value: Int)
    case intervalNotPositive
    case limitNotPositive
}
