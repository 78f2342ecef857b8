import Foundation
import Testing
import Bitrix24REST
@testable import PortalConfig

@Suite struct PortalResolutionTests {
    static let flagHook = "https://flag.bitrix24.com/rest/1/flagcode1/"
    static let fileHook = "https://file.bitrix24.com/rest/2/filecode2/"
    static let envHook = "https://env.bitrix24.com/rest/3/envcode3/"
    static let namedHook = "https://named.bitrix24.com/rest/4/namedcode4/"
    static let defaultHook = "https://default.bitrix24.com/rest/5/defaultcode5/"

    struct Setup {
        let temp: TemporaryDirectory
        let hookFile: String
        let resolver: PortalResolver
        let warnings: Warnings
    }

    final class Warnings: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func add(_ text: String) { lock.withLock { items.append(text) } }
        var all: [String] { lock.withLock { items } }
    }

    func setup(env: Bool = true, config: String? = nil) throws -> Setup {
        let temp = try TemporaryDirectory()
        let hookFile = try temp.write(Self.fileHook + "\n", to: "hook.txt")
        let configText = config ?? """
            default = "dflt"
            [portals.named]
            webhook = "\(Self.namedHook)"
            [portals.dflt]
            webhook = "\(Self.defaultHook)"
            """
        try temp.write(configText, to: "cfg/sipline/config.toml")
        var environment = ["HOME": temp.path, "XDG_CONFIG_HOME": temp.file("cfg")]
        if env { environment["SIPLINE_WEBHOOK"] = Self.envHook }
        let warnings = Warnings()
        return Setup(temp: temp, hookFile: hookFile,
                     resolver: PortalResolver(environment: environment, warn: { warnings.add($0) }), warnings: warnings)
    }

    @Test func precedenceFlagFileEnvNamedDefault() throws {
        let s = try setup()
        let all = PortalRequest(webhook: Self.flagHook, webhookFile: s.hookFile, portalName: "named")
        #expect(try s.resolver.resolve(all).host == "flag.bitrix24.com")
        #expect(try s.resolver.resolve(all).source == .webhookFlag)
        let noFlag = PortalRequest(webhookFile: s.hookFile, portalName: "named")
        #expect(try s.resolver.resolve(noFlag).host == "file.bitrix24.com")
        #expect(try s.resolver.resolve(PortalRequest(portalName: "named")).host == "env.bitrix24.com")
        let noEnv = try setup(env: false)
        #expect(try noEnv.resolver.resolve(PortalRequest(portalName: "named")).host == "named.bitrix24.com")
        #expect(try noEnv.resolver.resolve(PortalRequest(portalName: "named")).source == .namedPortal("named"))
        #expect(try noEnv.resolver.resolve(PortalRequest()).host == "default.bitrix24.com")
        #expect(try noEnv.resolver.resolve(PortalRequest()).source == .defaultPortal("dflt"))
    }

    @Test func webhookFileReadableByOthersWarnsWithoutTheCode() throws {
        let s = try setup()
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: s.hookFile)
        _ = try s.resolver.resolve(PortalRequest(webhookFile: s.hookFile))
        #expect(s.warnings.all.count == 1)
        #expect(s.warnings.all.first?.contains("chmod 600 \(s.hookFile)") == true)
        #expect(s.warnings.all.first?.contains("filecode2") == false)
    }

    @Test func errorsAreClassifiedAndNameNoSecret() throws {
        let s = try setup(env: false)
        func failure(_ request: PortalRequest, _ resolver: PortalResolver? = nil) -> PortalResolutionError? {
            do { _ = try (resolver ?? s.resolver).resolve(request); return nil } catch { return error }
        }
        let badFlag = failure(PortalRequest(webhook: "https://x.bitrix24.com/rest/1/"))
        #expect(badFlag?.kind == .usage)
        let missingFile = failure(PortalRequest(webhookFile: s.temp.file("nope.txt")))
        #expect(missingFile?.kind == .usage)
        let unknown = failure(PortalRequest(portalName: "gamma"))
        #expect(unknown?.kind == .configuration)
        #expect(unknown?.message == "Unknown portal \"gamma\" (known portals: dflt, named).")
        #expect(unknown?.message.contains("defaultcode5") == false)

        let badEnv = PortalResolver(environment: ["HOME": s.temp.path, "SIPLINE_WEBHOOK": "http://evil.example.com/rest/1/envcode3/"])
        #expect(failure(PortalRequest(), badEnv)?.kind == .configuration)
        #expect(failure(PortalRequest(), badEnv)?.message.contains("envcode3") == false)

        let nothing = PortalResolver(environment: ["HOME": s.temp.file("empty-home")])
        let none = failure(PortalRequest(), nothing)
        #expect(none?.kind == .noPortal)
        #expect(none?.message.contains("--webhook-file PATH") == true)
        #expect(none?.message.contains("SIPLINE_WEBHOOK") == true)
        #expect(none?.message.contains("--portal NAME") == true)
    }

    @Test func brokenConfigDoesNotStopAnExplicitWebhook() throws {
        let s = try setup(env: false, config: "this is = = not toml")
        #expect(try s.resolver.resolve(PortalRequest(webhook: Self.flagHook)).host == "flag.bitrix24.com")
        do { _ = try s.resolver.resolve(PortalRequest()); Issue.record("accepted a broken file") } catch {
            #expect(error.kind == .configuration)
            #expect(error.message.contains("line 1"))
        }
    }

    @Test func oauthPortalComesWithItsCoordinator() throws {
        let s = try setup(env: false, config: """
            default = "app"
            [portals.app]
            client_id = "local.1"
            client_secret = "s3cr3t"
            access_token = "a1"
            refresh_token = "r1"
            client_endpoint = "https://app.bitrix24.com/rest/"
            """)
        let resolved = try s.resolver.resolve(PortalRequest())
        #expect(resolved.host == "app.bitrix24.com")
        #expect(resolved.refreshCoordinator?.portal == "app")
        guard case .oauth(let oauth) = resolved.credentials else { Issue.record("not OAuth"); return }
        #expect(oauth.serverEndpoint == OAuthCredentials.defaultServerEndpoint)
    }
}

@Suite struct SuggestedPortalNameTests {
    /// The name a checked portal is offered under follows the config file's rule for names.
    @Test(arguments: [
        ("b24-4711.bitrix24.com", false, "b24-4711"),
        ("portal.example.ru:8443", false, "portal"),
        ("127.0.0.1:40123", false, "local"),
        ("localhost:8080", false, "local"),
        ("[::1]:8080", false, "local"),
        ("xn--e1afmkfd.xn--p1ai", false, "xn--e1afmkfd"),
        ("127.0.0.1:40123", true, "sandbox"),
    ])
    func theHostsFirstLabel(_ host: String, _ sandbox: Bool, _ name: String) {
        #expect(ConfigDocument.suggestedName(forHost: host, isSandbox: sandbox) == name)
        #expect(ConfigDocument.isValidName(name))
    }
}
