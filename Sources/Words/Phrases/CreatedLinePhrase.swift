/// The human form of a created line (`sipline add`): the heading and what to do next.
public enum CreatedLinePhrase: Phrase {
    case created(configID: Int, host: String)
    /// A cloud line: how to follow its registration.
    case followRegistration(server: String, regID: Int)
    /// An office line: the INCOMING_* fields follow, the password masked.
    case setOnYourPBX
    /// An office line with `--show-secrets`: the INCOMING_* fields follow, the password shown.
    case setOnYourPBXRevealed
}
