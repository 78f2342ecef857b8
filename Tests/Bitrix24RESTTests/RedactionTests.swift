import Foundation
import Testing
import BitrixJSON
@testable import Bitrix24REST

@Suite struct RedactionTests {
    static let code = "zz9secretcode77"
    static let password = "Pa55-w0rd!XYZ"
    static let webhookURL = "https://b24-4711.bitrix24.com/rest/1/\(code)/"

    @Test func patternsWithoutKnownSecrets() {
        let redact = Redactor.redactPatterns
        #expect(redact("POST https://h/rest/1/\(Self.code)/voximplant.sip.add") == "POST https://h/rest/1/****/voximplant.sip.add")
        #expect(redact("GET /oauth/token/?grant_type=refresh_token&client_id=app&client_secret=S1&refresh_token=R2")
            == "GET /oauth/token/?grant_type=refresh_token&client_id=app&client_secret=****&refresh_token=****")
        #expect(redact("x?AUTH=abc&Access_Token=def") == "x?AUTH=****&Access_Token=****")
        #expect(redact("FIELDS[PASSWORD]=\(Self.password)&LOGIN=x") == "FIELDS[PASSWORD]=****&LOGIN=x")
        #expect(redact(#"{"password": "a\"b", "Incoming_Password":"c","LOGIN":"l","auth":"t"}"#)
            == #"{"password": "****", "Incoming_Password":"****","LOGIN":"l","auth":"****"}"#)
        #expect(redact(#"{"PASSWORD":"cut-sho"#) == #"{"PASSWORD":"****"#)
        // OAuth method paths are not webhook codes.
        #expect(redact("https://h/rest/voximplant.sip.get") == "https://h/rest/voximplant.sip.get")
    }

    @Test func literalSecretsInEverySpelling() {
        let redactor = Redactor(secrets: [Self.password, "a/b\"c", "ab"])
        #expect(redactor.redact("pw \(Self.password) end") == "pw **** end")
        #expect(redactor.redact("escaped a\\/b\\\"c end") == "escaped **** end")
        #expect(redactor.redact("form Pa55-w0rd%21XYZ end") == "form **** end")
        // Too short to mask literally without garbling the text.
        #expect(redactor.redact("ab cab") == "ab cab")
    }

    @Test func secretNeverInErrorsBuiltFromBodies() throws {
        let redactor = Redactor(secrets: [Self.code, Self.password])
        let bodies: [(Int, String)] = [
            (200, "<html>echo \(Self.webhookURL) and \(Self.password)</html>"),
            (200, #"{"result":{"PASSWORD":"\#(Self.password)","CONFIG_ID":"#),
            (500, "Fatal error at \(Self.webhookURL)voximplant.sip.add with PASSWORD=\(Self.password)"),
            (400, #"{"error":"CHECK_FIELDS_ERROR","error_description":"Password \#(Self.password) is bad<br>Hook \#(Self.webhookURL)"}"#),
            (403, #"{"error":"ACCESS_DENIED","error_description":"no access for /rest/1/\#(Self.code)/"}"#),
            (200, String(repeating: "x", count: 195) + Self.password),
            (502, String(repeating: "y", count: 198) + Self.code),
        ]
        for (status, body) in bodies {
            // With the secrets known, and with only the patterns (a redactor that knows nothing).
            for candidate in [redactor, Redactor()] {
                let result = EnvelopeDecoder.decode(status: status, body: Array(body.utf8), method: "voximplant.sip.add",
                                                    redactor: candidate)
                guard case .failure(let error) = result else { continue }
                let texts = [error.description, "\(error)", String(reflecting: error), error.portalDescription ?? ""]
                for text in texts {
                    if candidate == redactor || body.contains("/rest/") || body.contains("PASSWORD") {
                        #expect(!text.contains(Self.code), "\(text)")
                    }
                    if candidate == redactor {
                        #expect(!text.contains(Self.password), "\(text)")
                        #expect(!text.contains("Pa55-w0r"), "a cut prefix leaked: \(text)")
                    }
                }
            }
        }
    }

    @Test func redirectLocationIsRedacted() {
        let error = Bitrix24Error.redirectRefused(
            status: 302, location: Redactor(secrets: [Self.code]).redact("http://evil.example/rest/1/\(Self.code)/x"),
            reason: .insecureTarget)
        #expect(!error.description.contains(Self.code))
        #expect(error.description.contains("http://evil.example/rest/1/****/x"))
    }

    @Test func excerptMakesControlsVisibleAndCuts() {
        let text = "a\u{1B}[0mb\u{7F}c\u{9B}d\r\n\te" + String(repeating: "z", count: 300)
        let excerpt = ExcerptSanitizer.excerpt(text, redactor: Redactor(), limit: 20)
        #expect(excerpt == "a^[[0mb^?c<U+009B>d …")
    }

    @Test func secretParametersAreFound() {
        let params: [String: JSONValue] = [
            "TITLE": "t", "PASSWORD": .string(Self.password), "FIELDS": ["incoming_password": "inc-secret"],
        ]
        #expect(Set(RequestEncoder.secretValues(in: params)) == [Self.password, "inc-secret"])
    }
}
