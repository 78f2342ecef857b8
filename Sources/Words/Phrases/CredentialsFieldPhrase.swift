/// The settings that credentials are made of, as the credentials' sentences name them.
public enum CredentialsFieldPhrase: Phrase {
    case webhookURL
    case oauthCredentials
    case oauthClientEndpoint
    case oauthServerEndpoint
    case accessToken
    case refreshToken
    case clientID
    case clientSecret
}
