/// The result screen of a created line: its values, the registration, saving the details.
public enum ResultPhrase: Phrase {
    case cloudCreated(title: String)
    case registrationAt(server: String)
    case officeCreated(title: String)
    case enterOnYourPBX
    case yourPBX(configID: Int, server: String, login: String)
    case moreLead
    case foundAfterCheck(reason: AnyPhrase)
    case saving(path: String)
    case saved(path: String)
    case saveFailed(path: String, reason: AnyPhrase)
    case historyNotWritten(AnyPhrase)
    case noRegID
    case registered(code: String)
    case providerSaid(String)
    case couldNotAsk(AnyPhrase, regID: Int)
    case couldNotAskRetrying(AnyPhrase)
    case waiting
    case inProgress
    case updatesByItself
    case saveToLabel
    case fileHoldsPasswords
    case detailsFileHeader
    case sandboxHost(String)
    case fixRefused(AnyPhrase)
    case fixHint
    case sendingFix
    case settingDefault
    case defaultRefused(AnyPhrase)
    case pbxConfigHeading(format: String)
    case pbxConfigFormats
    case genericFormat
    case pbxConfigUnavailable
}
