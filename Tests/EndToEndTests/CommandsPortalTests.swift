import Foundation
import Testing
import BitrixJSON
import SandboxPortal
import TestSupport

/// Where the portal comes from (flags, environment, config file), the exit statuses of authentication,
/// unavailability and configuration, OAuth refresh by two processes at once, and the redacted log.
@Suite struct CommandsPortalTests {
    static func wrongCode(_ webhook: String) -> String {
        var parts = webhook.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts[parts.count - 2] = "wrongcode123"
        return parts.joined(separator: "/")
    }

    @Test func authenticationAndPermissionExit77() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let bad = try await home.run(["list", "--json"], webhook: Self.wrongCode(server.webhookURL))
            #expect(bad.status == 77)
            #expect(try JSONValue.parse(bad.stdout)["error"]?.stringValue != nil)
            #expect(!bad.allOutput.contains("wrongcode123"))
            await server.setWebhookPermissions(.noTelephonyScope)
            let scope = try await home.run(["list"], webhook: server.webhookURL)
            #expect(scope.status == 77)
            #expect(scope.stderr.contains("telephony"))
            await server.setWebhookPermissions(.noTelephonyRight)
            #expect(try await home.run(["list"], webhook: server.webhookURL).status == 77)
        }
    }

    @Test func unavailablePortalExits69() async throws {
        var closedWebhook = ""
        try await withSandbox { server in closedWebhook = server.webhookURL }
        let home = try CommandHome()
        let refused = try await home.run(["list", "--json"], webhook: closedWebhook)
        #expect(refused.status == 69)
        #expect(try JSONValue.parse(refused.stdout)["error"]?.stringValue != nil)
        try await withSandbox { server in
            await server.inject(.serverErrorNext(5, status: 502))
            let faulted = try await home.run(["list"], webhook: server.webhookURL)
            #expect(faulted.status == 69)
            await server.inject(.overloadLimitNext(1))
            let overloaded = try await home.run(["list"], webhook: server.webhookURL)
            #expect(overloaded.status == 69)
        }
    }

    @Test func precedenceAndConfigFileErrors() async throws {
        try await withSandbox { server in
            try await withSandbox { other in
                let home = try CommandHome()
                try await seedOne(home, other)
                // Config: "main" → server (empty), "other" → other (one line), default main.
                try home.write("""
                    default = "main"
                    [portals.main]
                    webhook = "\(server.webhookURL)"
                    [portals.other]
                    webhook = "\(other.webhookURL)"
                    """, to: ".config/sipline/config.toml")
                func count(_ arguments: [String], webhook: String? = nil) async throws -> Int? {
                    let run = try await home.run(["list", "--json"] + arguments, webhook: webhook)
                    return try JSONValue.parse(run.stdout).arrayValue?.count
                }
                #expect(try await count([]) == 0)                                         // the default portal
                #expect(try await count(["--portal", "other"]) == 1)                      // a named portal
                #expect(try await count(["--portal", "other"], webhook: server.webhookURL) == 0)  // env beats --portal
                let hookFile = try home.write(other.webhookURL + "\n", to: "other.webhook")
                #expect(try await count(["--webhook-file", hookFile], webhook: server.webhookURL) == 1)  // file beats env
                #expect(try await count(["--webhook", server.webhookURL, "--webhook-file", hookFile]) == 0)  // flag beats file
                let human = try await home.run(["list"])
                #expect(human.stdout.contains("No SIP lines on 127.0.0.1:\(server.port)."))

                let unknown = try await home.run(["list", "--portal", "gamma"])
                #expect(unknown.status == 78)
                #expect(unknown.stderr.contains("Unknown portal \"gamma\""))

                try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: home.configFile)
                let readable = try await home.run(["list"])
                #expect(readable.status == 78)
                #expect(readable.stderr.contains("chmod 600 \(home.configFile)"))
                #expect(!readable.allOutput.contains(server.webhookURL))

                try home.write("default = \"main\"\n[portals.main]\nwebhook = \"\(server.webhookURL)\"\nbogus = 1\n",
                               to: ".config/sipline/config.toml")
                let malformed = try await home.run(["list", "--json"])
                #expect(malformed.status == 78)
                let description = try JSONValue.parse(malformed.stdout)["error_description"]?.stringValue ?? ""
                #expect(description.contains("config.toml, line 4"))

                try FileManager.default.removeItem(atPath: home.configFile)
                let none = try await home.run(["list"])
                #expect(none.status == 78)
                #expect(none.stderr.contains("--webhook-file PATH"))
            }
        }
    }

    func seedOne(_ home: CommandHome, _ server: SandboxServer) async throws {
        let run = try await home.run(["add", "--title", "Seed", "--server", "sip.example.com", "--login", "1", "--password-stdin"],
                               webhook: server.webhookURL, stdin: "seed-pass")
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func twoProcessesRefreshingOAuthTokensAtOnceBothSucceed() async throws {
        let app = SandboxOAuth(clientID: "local.e2e", clientSecret: "e2eclientsecret", accessToken: "e2eaccess1",
                               refreshToken: "e2erefresh1")
        try await withSandbox({ $0.oauth = app }) { server in
            let home = try CommandHome()
            try home.writeOAuthConfig(app, on: server, heading: "# the support desk's app portal\n")
            await server.inject(.expireAccessToken)
            let first = try home.start(["list", "--json"])
            let second = try home.start(["list", "--json"])
            let a = try await first.wait()
            let b = try await second.wait()
            #expect(a.status == 0, "\(a.allOutput)")
            #expect(b.status == 0, "\(b.allOutput)")
            let refreshes = await server.requests().filter { $0.method == "oauth/token" }
            #expect(refreshes.count == 1)
            let current = try #require(await server.currentTokens())
            let text = try String(contentsOfFile: home.configFile, encoding: .utf8)
            #expect(text.contains("refresh_token = \"\(current.refreshToken)\""))
            #expect(text.contains("access_token = \"\(current.accessToken)\""))
            #expect(text.hasPrefix("# the support desk's app portal"))
            let mode = try FileManager.default.attributesOfItem(atPath: home.configFile)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            for output in [a.allOutput, b.allOutput] {
                #expect(!output.contains(current.accessToken) && !output.contains(app.clientSecret))
            }
            // The next run starts from the file and needs no refresh.
            #expect(try await home.run(["list"]).status == 0)
            #expect(await server.requests().filter { $0.method == "oauth/token" }.count == 1)
        }
    }

    @Test func logFileIsRedacted() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let code = String(server.webhookURL.split(separator: "/").last!)
            let log = home.file("sipline.log")
            let run = try await home.run(["add", "--title", "Logged", "--server", "sip.example.com", "--login", "1",
                                    "--password-stdin", "--log-file", log], webhook: server.webhookURL, stdin: "log-Secret-77")
            #expect(run.status == 0, "\(run.stderr)")
            let viaEnv = try await home.run(["list"], webhook: server.webhookURL, environment: ["SIPLINE_LOG": log])
            #expect(viaEnv.status == 0)
            let text = try String(contentsOfFile: log, encoding: .utf8)
            #expect(text.contains("voximplant.sip.add"))
            #expect(text.contains("voximplant.sip.get"))
            #expect(!text.contains(code))
            #expect(!text.contains("log-Secret-77"))
            #expect(!run.allOutput.contains("log-Secret-77"))
            let mode = try FileManager.default.attributesOfItem(atPath: log)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }
}
