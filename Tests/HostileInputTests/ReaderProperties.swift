import BitrixJSON
import Foundation
import PropertyBased
import Testing
import TextSafety
import Words
@testable import Bitrix24REST
@testable import PortalConfig
@testable import SIPLineService

/// The readers of outside input, fed arbitrary Unicode and bytes: they never crash, what they say never carries a
/// control or bidirectional character to a terminal, and nothing they accept is over the portal's limits.
@Suite struct ReaderProperties {
    static let cases = 400

    @Test("the validator: whatever is typed, nothing sent is over 100 code points; its messages are safe")
    func validator() async {
        await propertyCheck(count: Self.cases, input: HostileText.longText, HostileText.longText, HostileText.text,
                            HostileText.longText) { title, server, login, password in
            let draft = LineDraft(type: .cloud, title: title, server: server, login: login, password: password)
            let issues = DraftValidator.validate(draft)
            // The words quote what was typed as it is; both front ends show them through TextSafety (the wizard
            // when it paints, the commands through VisibleText.escapeLines): that is what reaches a terminal.
            for issue in issues {
                for language in [Language.english, .russian] {
                    let shown = VisibleText.escapeLines(issue.fieldPhrase.text(in: language))
                    #expect(HostileText.unsafe(in: shown.replacingOccurrences(of: "\n", with: " ")).isEmpty,
                            "\(shown.debugDescription)")
                }
            }
            guard !issues.blocksSending else { return }
            let sent = DraftValidator.normalized(draft).addParameters
            for key in ["TITLE", "SERVER", "LOGIN", "PASSWORD"] {
                let value = sent[key]?.stringValue ?? ""
                #expect(value.unicodeScalars.count <= 100, "\(key) of \(value.unicodeScalars.count) code points sent")
                #expect(!value.unicodeScalars.contains(where: HostileText.isControl), "\(key) \(value.debugDescription)")
            }
        }
    }

    @Test("the envelope decoder: any status and bytes decode or fail with a safe sentence")
    func envelopeDecoderOnBytes() async {
        await propertyCheck(count: Self.cases, input: Gen.int(in: 100...599), HostileText.bytes) { status, bytes in
            Self.checkDecoded(EnvelopeDecoder.decode(status: status, body: bytes, method: "voximplant.sip.add"))
        }
    }

    @Test("the envelope and line decoders on JSON with hostile values: no crash, safe sentences")
    func envelopeDecoderOnJSON() async {
        await propertyCheck(count: Self.cases, input: HostileText.text, HostileText.text, HostileText.text,
                            Gen.int(in: 0...3)) { first, second, third, shape in
            let document: JSONValue
            switch shape {
            case 0: document = ["error": .string(first), "error_description": .string(second)]
            case 1: document = ["result": ["CONFIG_ID": .string(first), "TITLE": .string(second), "TYPE": .string(third),
                                           "SERVER": .string(second), "LOGIN": .string(first)]]
            case 2: document = ["result": .array([["CONFIG_ID": "7", "TITLE": .string(first), "TYPE": "cloud",
                                                   "REG_ID": .string(third)]]),
                                "next": .string(second), "total": .string(third)]
            default: document = ["result": ["CONFIG_ID": 5, "TYPE": "office", "TITLE": .string(first),
                                            "INCOMING_SERVER": .string(second), "REGISTRATION_ERROR_MESSAGE": .string(third)]]
            }
            let result = EnvelopeDecoder.decode(status: 200, body: Array(document.serialized().utf8))
            Self.checkDecoded(result)
            if case .success(let response) = result {
                _ = try? CreatedLine(json: response.result)
                if case .array(let items) = response.result { items.forEach { _ = try? CreatedLine(json: $0) } }
            }
        }
    }

    static func checkDecoded(_ result: Result<Bitrix24Response, Bitrix24Error>) {
        guard case .failure(let error) = result else { return }
        #expect(HostileText.unsafe(in: error.description).isEmpty, "\(error.description.debugDescription)")
        let service = SIPLineError(error, subject: .newLine)
        #expect(HostileText.unsafe(in: service.message).isEmpty, "\(service.message.debugDescription)")
    }

    @Test("the webhook parser: arbitrary text parses or fails in words that never quote the code")
    func webhookParser() async {
        await propertyCheck(count: Self.cases, input: HostileText.text, HostileText.text, Gen.int(in: 0...2)) { head, tail, shape in
            let code = "q8x2secretcode7"
            let text: String
            switch shape {
            case 0: text = head
            case 1: text = "https://" + head + "/rest/1/" + code + "/" + tail
            default: text = head + "https://b24-1.bitrix24.com/rest/1/" + code + tail
            }
            do throws(CredentialsError) {
                let webhook = try Webhook.parse(text)
                #expect(!webhook.description.contains(code))
                #expect(!webhook.debugDescription.contains(code))
            } catch {
                #expect(!error.description.contains(code), "\(error.description)")
                #expect(HostileText.unsafe(in: error.description).isEmpty, "\(error.description.debugDescription)")
            }
        }
    }

    @Test("the config reader: arbitrary text parses or fails with a safe message naming the file")
    func configReader() async {
        await propertyCheck(count: Self.cases * 2, input: HostileText.longText, Gen.int(in: 0...5)) { noise, shape in
            let text: String
            switch shape {
            case 0: text = noise
            case 1: text = "default = \"main\"\n[portals.main]\nwebhook = \"" + noise + "\"\n"
            case 2: text = "[portals." + noise + "]\nwebhook = \"https://b24-1.bitrix24.com/rest/1/abcdefgh/\"\n"
            case 3: text = "[" + noise + "]\n"           // headers of every shape (toml++ once aborted on "[!]")
            case 4: text = "[[" + noise + "\n" + noise + " = 1\n"
            default: text = "a = {" + noise + "}\nb = [" + noise + "]\n"
            }
            do throws(ConfigError) {
                _ = try ConfigParser.parse(text, path: "/home/support/.config/sipline/config.toml")
            } catch {
                // The message quotes the file as it is (the catalogue never escapes); the commands print it through
                // VisibleText.escapeLines, so that is what reaches a terminal, in both languages.
                for language in [Language.english, .russian] {
                    let shown = VisibleText.escapeLines(error.phrase.text(in: language))
                    #expect(shown.hasPrefix("/home/support/.config/sipline/config.toml"))
                    #expect(HostileText.unsafe(in: shown.replacingOccurrences(of: "\n", with: " ")).isEmpty,
                            "\(shown.debugDescription)")
                }
            }
        }
    }

    @Test("the draft reader: arbitrary bytes in the draft file read as a draft, nothing, or a safe refusal")
    func draftReader() async throws {
        let folder = NSTemporaryDirectory() + "sipline-hostile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let store = DraftStore(directory: folder + "/drafts", legacyPath: folder + "/draft.json")
        let path = store.legacyPath
        await propertyCheck(count: Self.cases, input: HostileText.bytes, HostileText.text, Gen.bool()) { bytes, title, asJSON in
            let content = asJSON
                ? Array(#"{"LOGIN":"1","SERVER":"s","TITLE":"#.utf8) + Array(JSONValue.string(title).serialized().utf8)
                    + Array(#","TYPE":"cloud","portal":"","time":"x"}"#.utf8)
                : bytes
            _ = FileManager.default.createFile(atPath: path, contents: Data(content))
            do throws(ConfigError) {
                let draft = try store.read(at: path)
                if asJSON { #expect(draft?.title == title) }
            } catch {
                #expect(HostileText.unsafe(in: error.description).isEmpty, "\(error.description.debugDescription)")
            }
        }
    }
}
