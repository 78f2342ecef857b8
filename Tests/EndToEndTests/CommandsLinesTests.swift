import Foundation
import Testing
import BitrixJSON
import SandboxPortal
import TestSupport

/// `list`, `status`, `update`, `delete` and `--version` against a sandbox portal.
@Suite struct CommandsLinesTests {
    func seed(_ home: CommandHome, _ server: SandboxServer, _ titles: [String], type: String = "cloud",
              host: String = "sip.example.com") async throws {
        for title in titles {
            let run = try await home.run(["add", "--title", title, "--server", host, "--login", "100", "--password-stdin",
                                    "--type", type], webhook: server.webhookURL, stdin: "seed-pass")
            #expect(run.status == 0, "\(run.stderr)")
        }
    }

    @Test func listIsAnAlignedTableByDisplayColumnsAndJSONWithMaskedSecrets() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            try await seed(home, server, ["Офис", "HQ"])
            try await seed(home, server, ["Склад"], type: "office")
            let run = try await home.run(["list"], webhook: server.webhookURL)
            #expect(run.status == 0, "\(run.stderr)")
            let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0].hasPrefix("CONFIG_ID  TYPE    TITLE  SERVER"))
            // The SERVER column starts at the same display column in every row, Cyrillic or not.
            let column = lines[0].distance(from: lines[0].startIndex, to: lines[0].range(of: "SERVER")!.lowerBound)
            for row in lines[1...3] {
                let index = row.range(of: "sip.example.com")!.lowerBound
                #expect(row.distance(from: row.startIndex, to: index) == column, "\(row)")
            }
            #expect(run.stdout.contains("3 lines on 127.0.0.1:\(server.port): 2 cloud, 1 office."))

            let json = try await home.run(["list", "--json"], webhook: server.webhookURL)
            let array = try #require(try JSONValue.parse(json.stdout).arrayValue)
            #expect(array.count == 3)
            #expect(array.allSatisfy { $0["PASSWORD"] == "********" })
            #expect(array.filter { $0["TYPE"] == "office" }.allSatisfy { $0["INCOMING_PASSWORD"] == "********" })
            #expect(!json.allOutput.contains("seed-pass"))
        }
    }

    @Test func statusAndWatchUntilSuccessOrError() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            try await seed(home, server, ["Good"])
            try await seed(home, server, ["Bad"], host: "sip.example.invalid")
            let lines = await server.lines()
            let good = try #require(lines.first { $0["TITLE"] == "Good" }?["REG_ID"]?.intValue)
            let bad = try #require(lines.first { $0["TITLE"] == "Bad" }?["REG_ID"]?.intValue)

            // Still registering, asked once: 75 (EX_TEMPFAIL), ask again later.
            let once = try await home.run(["status", String(good), "--json"], webhook: server.webhookURL)
            #expect(once.status == 75)
            #expect(try JSONValue.parse(once.stdout)["REG_ID"]?.intValue == good)

            let watched = try await home.run(["status", String(good), "--watch", "--interval", "0.05"], webhook: server.webhookURL)
            #expect(watched.status == 0, "\(watched.stderr)")
            // Each change with the time, then what the result means.
            let printed = watched.stdout.split(separator: "\n")
            let changes = printed.dropLast()
            #expect(changes.last?.contains("success") == true)
            #expect(changes.allSatisfy { $0.range(of: #"^\d\d:\d\d:\d\d  REG_ID"#, options: .regularExpression) != nil })
            #expect(printed.last?.hasPrefix("Registered:") == true)

            let failed = try await home.run(["status", String(bad), "--watch", "--interval", "0.05", "--json"], webhook: server.webhookURL)
            #expect(failed.status == 1)
            #expect(try JSONValue.parse(failed.stdout)["STATUS_RESULT"] == "error")

            let unknown = try await home.run(["status", "999999", "--json"], webhook: server.webhookURL)
            #expect(unknown.status == 1)
            #expect(try JSONValue.parse(unknown.stdout)["error"] == "REG_ID_NOT_FOUND")
        }
    }

    @Test func ctrlCInAWatchExits130() async throws {
        try await withSandbox({ $0.registrationSteps = RegistrationSteps(wait: 1000, inProgress: 0) }) { server in
            let home = try CommandHome()
            try await seed(home, server, ["Slow"])
            let regID = try #require(await server.lines().first?["REG_ID"]?.intValue)
            let running = try home.start(["status", String(regID), "--watch", "--interval", "30"], webhook: server.webhookURL)
            let deadline = Date().addingTimeInterval(10)
            while !running.stdoutSoFar.contains("wait") && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
            running.interrupt()
            let run = try await running.wait()
            #expect(run.status == 130)
        }
    }

    @Test func updateChangesOnlyTheGivenFields() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            try await seed(home, server, ["Old"])
            let configID = try #require(await server.lines().first?["CONFIG_ID"]?.intValue)
            let run = try await home.run(["update", String(configID), "--title", "New", "--password-stdin", "--json"],
                                   webhook: server.webhookURL, stdin: "new-secret-pw\n")
            #expect(run.status == 0, "\(run.stderr)")
            #expect(try JSONValue.parse(run.stdout)["result"] == true)
            let line = await server.lines().first
            #expect(line?["TITLE"] == "New")
            #expect(line?["PASSWORD"] == "new-secret-pw")
            #expect(line?["SERVER"] == "sip.example.com")
            #expect(!run.allOutput.contains("new-secret-pw"))
            // The history records the update as the line is now, naming the changed fields, never the password.
            let history = try String(contentsOfFile: home.historyFile, encoding: .utf8)
            let record = try JSONValue.parse(String(try #require(history.split(separator: "\n").last)))
            #expect(record["KIND"] == "updated")
            #expect(record["CHANGED"] == ["TITLE", "PASSWORD"])
            #expect(record["TITLE"] == "New")
            #expect(record["SERVER"] == "sip.example.com")
            #expect(!history.contains("new-secret-pw"))

            let before = await server.requests().count
            let invalid = try await home.run(["update", String(configID), "--server", "sip:x@y"], webhook: server.webhookURL)
            #expect(invalid.status == 65)
            #expect(await server.requests().count == before)
            #expect(try await home.run(["update", "424242", "--title", "X"], webhook: server.webhookURL).status == 1)
            #expect(try await home.run(["update", String(configID)], webhook: server.webhookURL).status == 64)
        }
    }

    @Test func deleteNeedsYesWithoutATerminal() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            try await seed(home, server, ["Gone"])
            let configID = try #require(await server.lines().first?["CONFIG_ID"]?.intValue)
            let refused = try await home.run(["delete", String(configID)], webhook: server.webhookURL)
            #expect(refused.status == 64)
            #expect(refused.stderr.contains("--yes"))
            #expect(await server.lines().count == 1)
            let deleted = try await home.run(["delete", String(configID), "--yes"], webhook: server.webhookURL)
            #expect(deleted.status == 0)
            #expect(await server.lines().isEmpty)
            #expect(try await home.run(["delete", String(configID), "--yes"], webhook: server.webhookURL).status == 1)
        }
    }

    @Test func versionAndCompletionScripts() async throws {
        let home = try CommandHome()
        let version = try await home.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
        for shell in ["bash", "zsh", "fish"] {
            let script = try await home.run(["--generate-completion-script", shell])
            #expect(script.status == 0)
            #expect(script.stdout.contains("password-stdin"))
        }
        let help = try await home.run(["add", "--help"])
        #expect(help.stdout.contains("Examples:"))
    }
}

/// Text from the portal is shown with its control characters made visible, never sent raw to the terminal.
@Suite struct CommandsVisibleTextTests {
    @Test func controlCharactersFromThePortalAreMadeVisible() async throws {
        let home = try CommandHome()
        let state = home.file("sandbox-state.json")
        try await withSandbox({ $0.statePath = state }) { server in
            let run = try await home.run(["add", "--title", "ESCMARK", "--server", "sip.example.com", "--login", "1",
                                          "--password-stdin"], webhook: server.webhookURL, stdin: "pw")
            #expect(run.status == 0, "\(run.stderr)")
        }
        // A title no validator would let through, as another tool might have stored it on the portal.
        let text = try String(contentsOfFile: state, encoding: .utf8)
        try text.replacingOccurrences(of: "ESCMARK", with: "\\u001b[31mRed\\u0007")
            .write(toFile: state, atomically: true, encoding: .utf8)
        try await withSandbox({ $0.statePath = state }) { server in
            let run = try await home.run(["list"], webhook: server.webhookURL)
            #expect(run.status == 0, "\(run.stderr)")
            #expect(run.stdout.contains("^[[31mRed^G"))
            #expect(!run.stdout.contains("\u{1B}"))
            #expect(!run.stdout.contains("\u{07}"))
        }
    }
}
