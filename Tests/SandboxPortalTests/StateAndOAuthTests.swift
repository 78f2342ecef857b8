#if canImport(Glibc)
import Glibc
#endif
import BitrixJSON
import Testing

@testable import SandboxPortal

@Suite struct StateFileTests {
    private func temporaryPath(_ name: String) -> String {
        "/tmp/sipline-sandbox-test-\(getpid())-\(name)-\(randomHex(count: 6)).json"
    }

    @Test func linesSurviveARestart() async throws {
        let path = temporaryPath("roundtrip")
        defer { unlink(path) }
        let regID = try await Sandbox.with({ $0.statePath = path; $0.registrationSteps = RegistrationSteps(wait: 1, inProgress: 1) }) { sandbox in
            let line = try await sandbox.addLine(title: "Kept")
            try await sandbox.addLine(title: "Office", type: "office")
            try await sandbox.call("voximplant.sip.status", ["REG_ID": line["REG_ID"]!])  // wait
            return line["REG_ID"]!
        }
        try await Sandbox.with({ $0.statePath = path; $0.registrationSteps = RegistrationSteps(wait: 1, inProgress: 1) }) { sandbox in
            let titles = await sandbox.server.lines().compactMap { $0["TITLE"]?.stringValue }
            #expect(titles == ["Kept", "Office"])
            // Registration progress was kept too: the next poll is the second.
            let status = try await sandbox.call("voximplant.sip.status", ["REG_ID": regID])
            #expect(status.result?["STATUS_RESULT"] == "in_progress")
            // And the id sequences go on instead of starting over.
            let next = try await sandbox.addLine(title: "New")
            #expect(next["REG_ID"]?.intValue == (regID.intValue ?? 0) + 1)
        }
        // No temporary file is left behind.
        #expect(access("\(path).tmp-\(getpid())", F_OK) != 0)
    }

    @Test func aCorruptFileIsAnErrorAndStaysUntouched() async throws {
        let path = temporaryPath("corrupt")
        defer { unlink(path) }
        let garbage = "{\"lines\": [ not json"
        let file = fopen(path, "w")
        fputs(garbage, file)
        fclose(file)
        var configuration = SandboxConfiguration()
        configuration.statePath = path
        await #expect {
            _ = try await SandboxServer.start(configuration)
        } throws: { error in
            guard case SandboxError.stateFileCorrupt(let named, _) = error else { return false }
            return named == path && "\(error)".contains(path)
        }
        var buffer = [UInt8](repeating: 0, count: 100)
        let reread = fopen(path, "r")
        let count = fread(&buffer, 1, 100, reread)
        fclose(reread)
        #expect(String(decoding: buffer.prefix(count), as: UTF8.self) == garbage)
    }
}

@Suite struct OAuthTests {
    static let app = SandboxOAuth(
        clientID: "local.test", clientSecret: "client-secret", accessToken: "access-1", refreshToken: "refresh-1",
        memberID: "member")

    @Test func accessTokenAuthenticatesAndRefreshReplacesBothTokens() async throws {
        try await Sandbox.with({ $0.oauth = Self.app }) { sandbox in
            let base = sandbox.server.baseURL
            let ok = try await sandbox.send(url: base + "rest/voximplant.sip.get.json", body: .json(["auth": "access-1"]))
            #expect(ok.status == 200)
            let inQuery = try await sandbox.send(url: base + "rest/voximplant.sip.get?auth=access-1", httpMethod: .GET)
            #expect(inQuery.status == 200)
            let missing = try await sandbox.send(url: base + "rest/voximplant.sip.get.json", body: .json([:]))
            #expect(missing.status == 401)
            #expect(missing.error == "NO_AUTH_FOUND")
            let wrong = try await sandbox.send(url: base + "rest/voximplant.sip.get.json", body: .json(["auth": "nope"]))
            #expect(wrong.error == "invalid_token")

            await sandbox.server.inject(.expireAccessToken)
            let expired = try await sandbox.send(url: base + "rest/voximplant.sip.get.json", body: .json(["auth": "access-1"]))
            #expect(expired.status == 401)
            #expect(expired.error == "expired_token")

            let query = "grant_type=refresh_token&client_id=local.test&client_secret=client-secret&refresh_token=refresh-1"
            let refreshed = try await sandbox.send(url: base + "oauth/token/?" + query, httpMethod: .GET)
            #expect(refreshed.status == 200, "\(refreshed.text)")
            let tokens = try #require(refreshed.json)
            let access = try #require(tokens["access_token"]?.stringValue)
            let refresh = try #require(tokens["refresh_token"]?.stringValue)
            #expect(access != "access-1" && refresh != "refresh-1")
            #expect(tokens["expires_in"] == 3600)
            #expect(tokens["client_endpoint"] == .string(base + "rest/"))
            #expect(tokens["server_endpoint"] == .string(base))
            #expect(tokens["member_id"] == "member")
            #expect(tokens["domain"]?.stringValue == "127.0.0.1:\(sandbox.server.port)")
            #expect(await sandbox.server.currentTokens()?.accessToken == access)

            let again = try await sandbox.send(url: base + "rest/voximplant.sip.get.json", body: .json(["auth": .string(access)]))
            #expect(again.status == 200)
            let old = try await sandbox.send(url: base + "rest/voximplant.sip.get.json", body: .json(["auth": "access-1"]))
            #expect(old.error == "invalid_token")

            // The used refresh token is dead; the new one works once, by form POST.
            let reused = try await sandbox.send(url: base + "oauth/token/", body: .form(query))
            #expect(reused.status == 400)
            #expect(reused.json?["error"] == "invalid_grant")
            let second = try await sandbox.send(
                url: base + "oauth/token/",
                body: .form("grant_type=refresh_token&client_id=local.test&client_secret=client-secret&refresh_token=\(refresh)"))
            #expect(second.status == 200)
            let badClient = try await sandbox.send(
                url: base + "oauth/token/",
                body: .form("grant_type=refresh_token&client_id=local.test&client_secret=wrong&refresh_token=x"))
            #expect(badClient.json?["error"] == "invalid_client")
        }
    }

    @Test func withoutOAuthTheTokenEndpointDoesNotExist() async throws {
        try await Sandbox.with { sandbox in
            let answer = try await sandbox.send(url: sandbox.server.baseURL + "oauth/token/", httpMethod: .GET)
            #expect(answer.status == 404)
            let rest = try await sandbox.send(url: sandbox.server.baseURL + "rest/voximplant.sip.get", body: .json(["auth": "x"]))
            #expect(rest.error == "NO_AUTH_FOUND")
        }
    }
}
