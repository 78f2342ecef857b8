/// `CredentialsError`'s words: why a webhook address or OAuth settings were refused before anything was sent.
/// Never quotes a secret.
public enum CredentialsPhrase: Phrase {
    case empty(field: CredentialsFieldPhrase)
    case notAURL(field: CredentialsFieldPhrase)
    /// `scheme` as typed, made visible and cut to 16 characters.
    case unsupportedScheme(field: CredentialsFieldPhrase, scheme: String)
    case insecureHTTP(field: CredentialsFieldPhrase, host: String)
    case missingHost(field: CredentialsFieldPhrase)
    case invalidPort(field: CredentialsFieldPhrase)
    case unexpectedUserInfo(field: CredentialsFieldPhrase)
    case notAWebhookPath(field: CredentialsFieldPhrase)
    case missingUserID(field: CredentialsFieldPhrase)
    case invalidUserID(field: CredentialsFieldPhrase)
    case missingCode(field: CredentialsFieldPhrase)
    case invalidCode(field: CredentialsFieldPhrase)
    case unexpectedPath(field: CredentialsFieldPhrase)
    case unexpectedQuery(field: CredentialsFieldPhrase)
    /// An OAuth setting (`name`) is empty.
    case missingField(field: CredentialsFieldPhrase, name: CredentialsFieldPhrase)
}
