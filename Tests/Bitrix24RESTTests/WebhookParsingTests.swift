import Testing
@testable import Bitrix24REST

@Suite struct WebhookParsingTests {
    struct Good: Sendable, CustomTestStringConvertible {
        var input: String
        var baseURL: String
        var host: String
        var userID: Int
        var testDescription: String { input }
    }

    static let good: [Good] = [
        Good(input: "https://b24-4711.bitrix24.com/rest/1/zz9secretcode77/",
             baseURL: "https://b24-4711.bitrix24.com/rest/1/zz9secretcode77/", host: "b24-4711.bitrix24.com", userID: 1),
        Good(input: "https://b24-4711.bitrix24.com/rest/1/zz9secretcode77",
             baseURL: "https://b24-4711.bitrix24.com/rest/1/zz9secretcode77/", host: "b24-4711.bitrix24.com", userID: 1),
        Good(input: "  HTTPS://Portal.Example.RU/rest/27/abcDEF123/profile\n",
             baseURL: "https://portal.example.ru/rest/27/abcDEF123/", host: "portal.example.ru", userID: 27),
        Good(input: "https://portal.example.ru/rest/27/abc123/voximplant.sip.get.json",
             baseURL: "https://portal.example.ru/rest/27/abc123/", host: "portal.example.ru", userID: 27),
        Good(input: "https://portal.example.ru/rest/27/abc123/voximplant.sip.add/",
             baseURL: "https://portal.example.ru/rest/27/abc123/", host: "portal.example.ru", userID: 27),
        Good(input: "https://crm.example.com:8443/rest/5/abc123/",
             baseURL: "https://crm.example.com:8443/rest/5/abc123/", host: "crm.example.com:8443", userID: 5),
        Good(input: "https://crm.example.com:443/rest/5/abc123/",
             baseURL: "https://crm.example.com/rest/5/abc123/", host: "crm.example.com", userID: 5),
        Good(input: "http://127.0.0.1:40123/rest/1/3f9c0a/",
             baseURL: "http://127.0.0.1:40123/rest/1/3f9c0a/", host: "127.0.0.1:40123", userID: 1),
        Good(input: "http://localhost:8080/rest/1/3f9c0a",
             baseURL: "http://localhost:8080/rest/1/3f9c0a/", host: "localhost:8080", userID: 1),
        Good(input: "http://[::1]:9000/rest/1/3f9c0a/",
             baseURL: "http://[::1]:9000/rest/1/3f9c0a/", host: "[::1]:9000", userID: 1),
    ]

    @Test(arguments: good)
    func accepts(_ sample: Good) throws {
        let webhook = try Webhook.parse(sample.input)
        #expect(webhook.baseURL == sample.baseURL)
        #expect(webhook.host == sample.host)
        #expect(webhook.userID == sample.userID)
    }

    static let bad: [(String, CredentialsError.Problem)] = [
        ("", .empty),
        ("   \n", .empty),
        ("http://b24-4711.bitrix24.com/rest/1/zz9secretcode77/", .insecureHTTP(host: "b24-4711.bitrix24.com")),
        ("http://10.0.0.5/rest/1/zz9secretcode77/", .insecureHTTP(host: "10.0.0.5")),
        ("ftp://b24-4711.bitrix24.com/rest/1/zz9secretcode77/", .unsupportedScheme("ftp")),
        ("https://b24-4711.bitrix24.com/rest/1/", .missingCode),
        ("https://b24-4711.bitrix24.com/rest/1", .missingCode),
        ("https://b24-4711.bitrix24.com/rest/", .missingUserID),
        ("https://b24-4711.bitrix24.com/rest//zz9secretcode77/", .missingUserID),
        ("https://b24-4711.bitrix24.com/rest/admin/zz9secretcode77/", .invalidUserID),
        ("https://b24-4711.bitrix24.com/rest/0/zz9secretcode77/", .invalidUserID),
        ("https://b24-4711.bitrix24.com/rest/1/zz9secret-code77/", .invalidCode),
        ("https://b24-4711.bitrix24.com/crm/deal/", .notAWebhookPath),
        ("https://b24-4711.bitrix24.com/", .notAWebhookPath),
        ("https://b24-4711.bitrix24.com/rest/1/zz9secretcode77/profile/extra", .unexpectedPath),
        ("https://b24-4711.bitrix24.com/rest/1/zz9secretcode77/?x=1", .unexpectedQuery),
        ("https://b24-4711.bitrix24.com:99999/rest/1/zz9secretcode77/", .invalidPort),
        ("https://user:pw@b24-4711.bitrix24.com/rest/1/zz9secretcode77/", .unexpectedUserInfo),
        ("https:///rest/1/zz9secretcode77/", .missingHost),
        ("b24-4711.bitrix24.com/rest/1/zz9secretcode77/", .notAURL),
        ("not a url at all", .notAURL),
        ("\u{1B}[31m garbage", .notAURL),
    ]

    @Test(arguments: bad)
    func refuses(_ input: String, _ expected: CredentialsError.Problem) {
        #expect(throws: CredentialsError(field: .webhookURL, problem: expected)) {
            try Webhook.parse(input)
        }
    }

    @Test func codeNeverPrinted() throws {
        let webhook = try Webhook.parse("https://b24-4711.bitrix24.com/rest/1/zz9secretcode77/")
        #expect(webhook.redacted == "https://b24-4711.bitrix24.com/rest/1/****/")
        #expect(webhook.description == webhook.redacted)
        #expect(!webhook.debugDescription.contains("zz9secretcode77"))
        #expect(!"\(webhook)".contains("zz9secretcode77"))
        #expect(!String(reflecting: webhook).contains("zz9secretcode77"))
        let credentials = PortalCredentials.webhook(webhook)
        #expect(credentials.redacted == webhook.redacted)
        #expect(credentials.portalHost == "b24-4711.bitrix24.com")
        #expect(!"\(credentials)".contains("zz9secretcode77"))
    }

    @Test(arguments: bad.map(\.0))
    func errorsNeverQuoteTheCode(_ input: String) {
        do {
            _ = try Webhook.parse(input)
            Issue.record("accepted \(input)")
        } catch {
            #expect(!error.description.contains("zz9secret"))
            #expect(!error.description.isEmpty)
        }
    }

    @Test func insecureHTTPMessageIsActionable() {
        let error = CredentialsError(field: .webhookURL, problem: .insecureHTTP(host: "b24-4711.bitrix24.com"))
        #expect(error.description.contains("https://"))
        #expect(error.description.contains("b24-4711.bitrix24.com"))
    }
}

@Suite struct OAuthCredentialsTests {
    static func sample(client: String = "https://portal.example.ru/rest/", server: String = "https://oauth.bitrix.info")
        -> OAuthCredentials
    {
        OAuthCredentials(accessToken: "acc-TOKEN-123", refreshToken: "ref-TOKEN-456", clientID: "local.abc",
                         clientSecret: "sec-XYZ-789", clientEndpoint: client, serverEndpoint: server)
    }

    @Test func normalisesEndpointsAndHidesSecrets() throws {
        let oauth = try Self.sample().validated()
        #expect(oauth.serverEndpoint == "https://oauth.bitrix.info/")
        let text = "\(oauth) \(String(reflecting: oauth)) \(PortalCredentials.oauth(oauth))"
        for secret in ["acc-TOKEN-123", "ref-TOKEN-456", "sec-XYZ-789"] { #expect(!text.contains(secret)) }
        #expect(PortalCredentials.oauth(oauth).portalHost == "portal.example.ru")
    }

    @Test func refusesPlainHTTPOnPublicHost() {
        #expect(throws: CredentialsError(field: .oauthClientEndpoint, problem: .insecureHTTP(host: "portal.example.ru"))) {
            try Self.sample(client: "http://portal.example.ru/rest/").validated()
        }
        #expect(throws: Never.self) { try Self.sample(client: "http://127.0.0.1:8080/rest/").validated() }
    }

    @Test func refusesEmptySecret() {
        var oauth = Self.sample()
        oauth.clientSecret = " "
        #expect(throws: CredentialsError(field: .oauthCredentials, problem: .missingField(.clientSecret))) {
            try oauth.validated()
        }
    }
}
