/// What the commands (`sipline add`, `list`, …) say on stderr beside their result: the waits the portal asked
/// for, a moved portal, a malformed timeout.
public enum CommandNotePhrase: Phrase {
    /// `QUERY_LIMIT_EXCEEDED`: waiting `delay` before repeat number `retry`.
    case rateLimitWait(delay: DurationPhrase, retry: Int)
    /// `OPERATION_TIME_LIMIT`: waiting `delay` for the method's time budget to reset.
    case operatingLimitWait(delay: DurationPhrase)
    /// The portal redirected to `address`; the webhook is kept in `source` (a flag, a variable, a config entry).
    case portalMoved(address: String, source: String)
    /// `variable` holds `value`, which is no number of seconds in range.
    case malformedTimeout(variable: String, value: String)
}
