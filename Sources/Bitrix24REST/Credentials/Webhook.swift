/// A parsed incoming-webhook address: `https://PORTAL/rest/USER_ID/CODE/`.
/// The code is a secret: `description`, `debugDescription` and `redacted` show `****` in its place.
public struct Webhook: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// `https://host[:port]/rest/<user>/<code>/`, normalised (lower-case scheme and host), with a trailing slash.
    public var baseURL: String { "\(address.origin)/rest/\(userID)/\(code)/" }
    /// For display, e.g. "b24-4711.bitrix24.com" (with ":port" when not the default).
    public var host: String { address.displayHost }
    public var userID: Int
    /// `https://host/rest/1/****/`
    public var redacted: String { "\(address.origin)/rest/\(userID)/****/" }
    /// The secret part; only the transport and the redactor read it.
    var code: String
    var address: PortalAddress

    public var description: String { redacted }
    public var debugDescription: String { "Webhook(\(redacted))" }

    /// Accepts the address with or without a trailing slash, or followed by a method name (`profile`,
    /// `voximplant.sip.get.json`); surrounding whitespace is ignored.
    public static func parse(_ text: String) throws(CredentialsError) -> Webhook {
        func fail(_ problem: CredentialsError.Problem) -> CredentialsError {
            CredentialsError(field: .webhookURL, problem: problem)
        }
        let trimmed = text.trimmedWhitespace
        guard !trimmed.isEmpty else { throw fail(.empty) }
        let address: PortalAddress
        do {
            address = try PortalAddress.parse(trimmed)
        } catch {
            switch error {
            case .notAURL: throw fail(.notAURL)
            case .unsupportedScheme(let scheme): throw fail(.unsupportedScheme(scheme))
            case .missingHost: throw fail(.missingHost)
            case .invalidPort: throw fail(.invalidPort)
            case .unexpectedUserInfo: throw fail(.unexpectedUserInfo)
            }
        }
        guard address.isAcceptablySecure else { throw fail(.insecureHTTP(host: address.host)) }
        if address.pathAndQuery.contains("?") || address.pathAndQuery.contains("#") { throw fail(.unexpectedQuery) }

        var segments = address.pathAndQuery.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        // One trailing slash is normal; an empty segment anywhere else is not.
        if segments.last == "" { segments = segments.dropLast() }
        guard segments.first == "rest" else { throw fail(.notAWebhookPath) }
        segments = segments.dropFirst()
        guard let userText = segments.first, !userText.isEmpty else { throw fail(.missingUserID) }
        guard userText.allSatisfy({ $0.isASCII && $0.isNumber }), let userID = Int(userText), userID > 0 else {
            throw fail(.invalidUserID)
        }
        segments = segments.dropFirst()
        guard let code = segments.first, !code.isEmpty else { throw fail(.missingCode) }
        guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { throw fail(.invalidCode) }
        segments = segments.dropFirst()
        if let method = segments.first {
            let isMethodName = !method.isEmpty
                && method.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "_") }
            guard isMethodName, segments.count == 1 else { throw fail(.unexpectedPath) }
        }
        return Webhook(userID: userID, code: String(code), address: address)
    }
}
