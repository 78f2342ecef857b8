import Foundation
import Testing
import Bitrix24REST
import SandboxPortal
@testable import PortalConfig

/// OAuth refresh against the sandbox: the refreshed pair lands in the config file, and two holders of the same
/// file refreshing at once never spend one refresh token twice (the sandbox accepts a refresh token once).
@Suite struct TokenWriteBackTests {
    static let app = SandboxOAuth(clientID: "local.test", clientSecret: "clientsecret99", accessToken: "firstaccess11",
                                  refreshToken: "firstrefresh22")

    func withSandbox(_ body: (SandboxServer, ConfigStore, TemporaryDirectory) async throws -> Void) async throws {
        var configuration = SandboxConfiguration()
        configuration.oauth = Self.app
        configuration.rateLimit = .unlimited
        let server = try await SandboxServer.start(configuration)
        let temp = try TemporaryDirectory()
        let store = ConfigStore(path: temp.file("sipline/config.toml"))
        let oauth = OAuthCredentials(accessToken: Self.app.accessToken, refreshToken: Self.app.refreshToken,
                                     clientID: Self.app.clientID, clientSecret: Self.app.clientSecret,
                                     clientEndpoint: server.baseURL + "rest/", serverEndpoint: server.baseURL)
        try await store.savePortal("app", .oauth(oauth), makeDefault: true)
        do {
            try await body(server, store, temp)
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    func client(_ store: ConfigStore) throws -> Bitrix24Client {
        let resolved = try PortalResolver(environment: ["HOME": "/nonexistent"], store: store).resolve(PortalRequest())
        return Bitrix24Client(credentials: resolved.credentials, configuration: ClientConfiguration(proxy: .none),
                              refreshCoordinator: resolved.refreshCoordinator)
    }

    @Test func refreshedTokensAreWrittenBack() async throws {
        try await withSandbox { server, store, temp in
            await server.inject(.expireAccessToken)
            let client = try client(store)
            _ = try await client.call("voximplant.sip.get")
            await client.shutdown()
            let current = try #require(await server.currentTokens())
            let stored = try #require(try store.storedOAuth("app"))
            #expect(current.accessToken != Self.app.accessToken)
            #expect(stored.accessToken == current.accessToken)
            #expect(stored.refreshToken == current.refreshToken)
            #expect(try temp.mode("sipline/config.toml") == 0o600)
        }
    }

    @Test func twoHoldersRefreshingAtOnceBothSucceedAndTheFileKeepsTheLivePair() async throws {
        try await withSandbox { server, store, _ in
            await server.inject(.expireAccessToken)
            let first = try client(store)
            let second = try client(store)
            async let a: Void = { _ = try await first.call("voximplant.sip.get") }()
            async let b: Void = { _ = try await second.call("voximplant.sip.get") }()
            _ = try await (a, b)
            await first.shutdown()
            await second.shutdown()
            let refreshes = await server.requests().filter { $0.method == "oauth/token" }
            #expect(refreshes.count == 1)
            let current = try #require(await server.currentTokens())
            #expect(try store.storedOAuth("app")?.refreshToken == current.refreshToken)
            // A third run starts from the file and works without refreshing.
            let third = try client(store)
            _ = try await third.call("voximplant.sip.get")
            await third.shutdown()
        }
    }
}
