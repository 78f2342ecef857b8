/// What to do about a registration that failed.
public enum RegistrationAdvicePhrase: Phrase {
    case checkCredentials
    case checkLogin
    case checkServer
    case seeProviderMessage
}
