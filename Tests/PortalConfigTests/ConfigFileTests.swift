import Foundation
import Testing
import Bitrix24REST
@testable import PortalConfig

@Suite struct ConfigFileTests {
    static let webhookA = "https://acme.bitrix24.com/rest/1/acmesecretcode1/"
    static let webhookB = "https://beta.bitrix24.ru/rest/7/betasecretcode2/"

    @Test func pathsFollowXDG() {
        let defaults = SiplinePaths(environment: ["HOME": "/home/ann"])
        #expect(defaults.configFile == "/home/ann/.config/sipline/config.toml")
        #expect(defaults.historyFile == "/home/ann/.local/state/sipline/history.jsonl")
        let xdg = SiplinePaths(environment: ["HOME": "/home/ann", "XDG_CONFIG_HOME": "/cfg", "XDG_STATE_HOME": "/st/"])
        #expect(xdg.configFile == "/cfg/sipline/config.toml")
        #expect(xdg.historyFile == "/st/sipline/history.jsonl")
        // Relative values are ignored, as the XDG specification says.
        #expect(SiplinePaths(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "rel"]).configFile == "/h/.config/sipline/config.toml")
    }

    @Test func savedFileIs0600InA0700DirectoryAndReadsBack() async throws {
        let temp = try TemporaryDirectory()
        let store = ConfigStore(path: temp.file("new/sipline/config.toml"))
        try await store.savePortal("acme", .webhook(Self.webhookA), makeDefault: false)
        let oauth = OAuthCredentials(accessToken: "acc1", refreshToken: "ref1", clientID: "local.x", clientSecret: "sec \"q\"",
                                     clientEndpoint: "https://beta.bitrix24.ru/rest/")
        try await store.savePortal("beta", .oauth(oauth), makeDefault: false)
        #expect(try temp.mode("new/sipline/config.toml") == 0o600)
        #expect(try temp.mode("new/sipline") == 0o700)
        #expect(try temp.mode("new") == 0o700)
        let document = try #require(try store.load())
        #expect(document.defaultPortal == "acme")  // the first saved portal becomes the default
        #expect(document.portals["acme"] == .webhook(Self.webhookA))
        #expect(document.portals["beta"] == .oauth(oauth))
        // No temporary file is left behind by the atomic write.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.file("new/sipline"))
        #expect(leftovers.sorted() == ["config.toml", "config.toml.lock"])
    }

    @Test func fileReadableByOthersIsRefusedWithTheChmodToRun() throws {
        let temp = try TemporaryDirectory()
        let path = try temp.write("default = \"acme\"\n[portals.acme]\nwebhook = \"\(Self.webhookA)\"\n", to: "config.toml", mode: 0o644)
        #expect {
            _ = try ConfigStore(path: path).load()
        } throws: { error in
            let message = (error as? ConfigError)?.description ?? ""
            return message.contains("chmod 600 \(path)") && message.contains("other users can read")
                && !message.contains("acmesecretcode1")
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: path)
        #expect(throws: ConfigError.self) { _ = try ConfigStore(path: path).load() }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        #expect(try ConfigStore(path: path).load()?.defaultPortal == "acme")
    }

    @Test(arguments: [
        ("default = \"acme\"\n[portals.acme]\nwebhook = \"\(webhookA)\n", 3, "not valid TOML"),
        ("default = \"acme\"\n\n[portals.acme]\nwebhok = \"\(webhookA)\"\n", 4, "unknown key \"webhok\""),
        ("default = \"nope\"\n[portals.acme]\nwebhook = \"\(webhookA)\"\n", 1, "no [portals.nope] section"),
        ("[portals.acme]\nwebhook = \"https://acme.bitrix24.com/rest/1/\"\n", 2, "lacks the webhook code"),
        ("[portals.acme]\nwebhook = 5\n", 2, "must be a string"),
        ("[portals.beta]\nclient_id = \"x\"\naccess_token = \"a\"\n", 1, "lacks \"client_secret\""),
        ("[portal.acme]\nwebhook = \"\(webhookA)\"\n", 1, "unknown key \"portal\""),
        ("default = 1\n", 1, "must be a portal name"),
        // Headers TOMLKit's parser would abort on (an assertion) instead of refusing.
        ("default = \"acme\"\n[!]\n", 2, "header must start with a name"),
        ("[portals.acme]\nwebhook = \"\(webhookA)\"\n  [[ ?x]]\n", 3, "header must start with a name"),
        ("[\n", 1, "header must start with a name"),
        ("default = \"acme\"\r\n[\u{200C}x]\r\n", 2, "header must start with a name"),
    ])
    func malformedFileNamesTheLine(text: String, line: Int, problem: String) throws {
        let temp = try TemporaryDirectory()
        let path = try temp.write(text, to: "config.toml")
        do {
            _ = try ConfigStore(path: path).load()
            Issue.record("accepted: \(text)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.description.contains(problem), "\(error)")
            #expect(error.description.hasPrefix("\(path), line \(line): "))
            #expect(!error.description.contains("acmesecretcode1"))
        }
        // Never overwritten: the broken file stays as the person wrote it.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func serializedStringsRoundTrip() throws {
        let tricky = "a\"b\\c\u{1}d\tЖ"
        let document = ConfigDocument(defaultPortal: "x", portals: [
            "x": .oauth(OAuthCredentials(accessToken: tricky, refreshToken: "r", clientID: "id", clientSecret: "s",
                                         clientEndpoint: "https://x.bitrix24.com/rest/")),
        ])
        let text = ConfigSerializer.serialize(document)
        #expect(try ConfigParser.parse(text, path: "t") == document)
    }

    @Test func tokenWriteBackKeepsCommentsAndOtherPortals() async throws {
        let temp = try TemporaryDirectory()
        let text = """
            # support desk portals
            default = "beta"

            [portals.acme]  # the first customer
            webhook = "\(Self.webhookA)"

            [portals.beta]
            client_id = "local.app"
            client_secret = "sec"
            access_token = "old-access"   # refreshed by sipline
            refresh_token = "old-refresh"
            client_endpoint = "https://beta.bitrix24.ru/rest/"

            """
        let path = try temp.write(text, to: "config.toml")
        let store = ConfigStore(path: path)
        var renewed = try #require(try store.storedOAuth("beta"))
        renewed.accessToken = "new-access"
        renewed.refreshToken = "new-refresh"
        try store.writeTokens(renewed, portal: "beta")
        let after = try String(contentsOfFile: path, encoding: .utf8)
        #expect(after == text.replacingOccurrences(of: "access_token = \"old-access\"   # refreshed by sipline",
                                                   with: "access_token = \"new-access\"")
            .replacingOccurrences(of: "refresh_token = \"old-refresh\"", with: "refresh_token = \"new-refresh\""))
        #expect(try temp.mode("config.toml") == 0o600)
    }
}
