/// `SIPLineError`'s words: what went wrong in a SIP line call. A refusal of the portal carries the REST words.
public enum ServicePhrase: Phrase {
    /// The client's words as they are.
    case portal(RESTPhrase)
    /// ERROR_NOT_FOUND for a CONFIG_ID.
    case lineNotFound(configID: Int, RESTPhrase)
    /// REG_ID_NOT_FOUND for a REG_ID.
    case registrationNotFound(regID: Int, RESTPhrase)
    /// A successful answer whose `result` is not what `method` returns.
    case unreadableAnswer(method: String, problem: AnswerProblemPhrase)
    /// Fields broke a rule; nothing was sent.
    case invalidDraft(issues: [FieldIssuePhrase])
    /// An update without any field.
    case nothingToChange
    /// `voximplant.sip.get` kept announcing pages.
    case listNotFinished(pages: Int)
    case linesNotListed
    /// A sentence given as text by a caller not yet on the catalogue; the same in every language.
    case untranslated(String)
}
