import Words

/// The tokens of a Bitrix24 application. Each refresh returns a new pair, handed to the client's token store.
/// `description` shows only the endpoints and the client id.
public struct OAuthCredentials: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    public var accessToken: String
    public var refreshToken: String
    public var clientID: String
    public var clientSecret: String
    /// "https://portal/rest/", with a trailing slash.
    public var clientEndpoint: String
    /// "https://oauth.bitrix.info/", with a trailing slash.
    public var serverEndpoint: String

    public static let defaultServerEndpoint = "https://oauth.bitrix.info/"

    public init(
        accessToken: String, refreshToken: String, clientID: String, clientSecret: String,
        clientEndpoint: String, serverEndpoint: String = OAuthCredentials.defaultServerEndpoint
    ) {
        self.accessToken = accessToken
        self.refreshToken = refreshToken
        self.clientID = clientID
        self.clientSecret = clientSecret
        self.clientEndpoint = Self.withTrailingSlash(clientEndpoint)
        self.serverEndpoint = Self.withTrailingSlash(serverEndpoint)
    }

    /// Checks what can be checked before a call: no empty field, endpoints `https` (or loopback `http`).
    public func validated() throws(CredentialsError) -> OAuthCredentials {
        let fields: [(CredentialsFieldPhrase, String)] = [
            (.accessToken, accessToken), (.refreshToken, refreshToken), (.clientID, clientID), (.clientSecret, clientSecret),
        ]
        for (name, value) in fields where value.trimmedWhitespace.isEmpty {
            throw CredentialsError(field: .oauthCredentials, problem: .missingField(name))
        }
        for (name, endpoint) in [(CredentialsFieldPhrase.oauthClientEndpoint, clientEndpoint), (.oauthServerEndpoint, serverEndpoint)] {
            guard !endpoint.isEmpty, endpoint != "/" else { throw CredentialsError(field: name, problem: .empty) }
            let address: PortalAddress
            do { address = try PortalAddress.parse(endpoint) } catch {
                switch error {
                case .unsupportedScheme(let scheme):
                    throw CredentialsError(field: name, problem: .unsupportedScheme(scheme))
                case .missingHost: throw CredentialsError(field: name, problem: .missingHost)
                case .invalidPort: throw CredentialsError(field: name, problem: .invalidPort)
                case .unexpectedUserInfo: throw CredentialsError(field: name, problem: .unexpectedUserInfo)
                case .notAURL: throw CredentialsError(field: name, problem: .notAURL)
                }
            }
            guard address.isAcceptablySecure else {
                throw CredentialsError(field: name, problem: .insecureHTTP(host: address.host))
            }
            if address.pathAndQuery.contains("?") || address.pathAndQuery.contains("#") {
                throw CredentialsError(field: name, problem: .unexpectedQuery)
            }
        }
        return self
    }

    var portalAddress: PortalAddress? { try? PortalAddress.parse(clientEndpoint) }

    public var description: String {
        "OAuth(client \(clientID), portal \(clientEndpoint), server \(serverEndpoint), tokens ****)"
    }
    public var debugDescription: String { description }

    static func withTrailingSlash(_ text: String) -> String {
        let trimmed = text.trimmedWhitespace
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }
}
