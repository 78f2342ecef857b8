/// What a help overlay is about: the screen it was opened on.
public enum HelpTopicPhrase: Phrase {
    case portal
    case pbxType
    case connectionName
    case server
    case credentials
    case review
    case creatingTheLine
    case result
    case unknownOutcome
}
