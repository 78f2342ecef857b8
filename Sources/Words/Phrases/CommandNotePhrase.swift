/// What the commands (`sipline add`, `list`, …) say on stderr beside their result: waits, a lost answer found,
/// a moved portal, an outcome that stays unknown, a malformed timeout.
public enum CommandNotePhrase: Phrase {
    /// `QUERY_LIMIT_EXCEEDED`: waiting `delay` (spoken, e.g. "500 ms") before repeat number `retry`.
    case rateLimitWait(delay: String, retry: Int)
    /// `OPERATION_TIME_LIMIT`: waiting `delay` for the method's time budget to reset.
    case operatingLimitWait(delay: String)
    /// An add whose answer was lost (`cause`) was found by listing the lines again.
    case answerLostLineFound(cause: String)
    /// The portal redirected to `address`; the webhook is kept in `source` (a flag, a variable, a config entry).
    case portalMoved(address: String, source: String)
    /// Nobody can tell whether the add created the line (`reason`); what to check before trying again.
    case outcomeUnknown(reason: String, title: String)
    /// `variable` holds `value`, which is no number of seconds in range.
    case malformedTimeout(variable: String, value: String)
}
