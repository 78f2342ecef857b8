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
    case unknownAdvice
    case unknownKeys
    case checkBeforeRetry
    case notCreated(reason: AnyPhrase)
    case titleExists(title: String)
    case maxCloudLines
    case fieldErrorsIntro
    case portalSaid(String)
    case unavailable(AnyPhrase)
    case refused(AnyPhrase)
    case serverChecked(server: String, summary: AnyPhrase)
}
