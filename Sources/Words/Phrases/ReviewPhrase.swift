/// Review, the add under way, its lost outcome, and the portal's refusals shown on the form.
public enum ReviewPhrase: Phrase {
    case heading
    case typeLabel
    case nameLabel
    case serverLabel
    case loginLabel
    case passwordLabel
    case portalLabel
    case webhookInParentheses(String)
    case fixFirstProblem
    case createButton
    case creatingOn(host: String)
    case submittedLine(type: FormPhrase, title: String, server: String, login: String)
    case stoppedWaiting
    case stopWaitingHint
    case unknownTitle
    case unknownBody
    case whatHappened(AnyPhrase)
    case unknownKeys
    case checkBeforeRetry
    case notCreated(reason: AnyPhrase)
    case titleExists(title: String)
    case maxCloudLines
    case fieldErrorsIntro
    case portalSaid(String)
    /// The add was refused before or without creating anything (unreachable, overloaded, out of its time budget).
    case unavailable(AnyPhrase)
    /// While submitting: the portal asked to wait (a rate limit, an operating limit); `note` says how long.
    case portalAskedToWait(note: CommandNotePhrase)
    case refused(AnyPhrase)
    case serverChecked(server: String, summary: AnyPhrase)
}
