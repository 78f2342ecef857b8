import Foundation
import Testing
import BitrixJSON
import SandboxPortal
import TestSupport

/// `sipline add` as a person or a script runs it, against a sandbox portal over loopback.
@Suite struct CommandsAddTests {
    static let password = "Zq7-unique-Pa55word"

    func add(_ home: CommandHome, _ server: SandboxServer, title: String = "Office", host: String = "sip.example.com",
             extra: [String] = [], stdin: String = password) async throws -> CommandRun {
        try await home.run(["add", "--title", title, "--server", host, "--login", "100", "--password-stdin"] + extra,
                     webhook: server.webhookURL, stdin: stdin)
    }

    @Test func cloudLineAsJSONWithThePasswordMaskedAndRecordedInHistory() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let run = try await add(home, server, extra: ["--json"])
            #expect(run.status == 0, "\(run.stderr)")
            let json = try JSONValue.parse(run.stdout)
            #expect(json["PASSWORD"] == "********")
            #expect(json["TITLE"] == "Office")
            #expect(json["TYPE"] == "cloud")
            let configID = try #require(json["CONFIG_ID"]?.intValue)
            #expect(json["REG_ID"]?.intValue != nil)
            #expect(!run.allOutput.contains(Self.password))
            let stored = await server.lines()
            #expect(stored.count == 1)
            #expect(stored.first?["PASSWORD"]?.stringValue == Self.password)  // exactly what was piped, untouched

            let history = try String(contentsOfFile: home.historyFile, encoding: .utf8)
            #expect(history.split(separator: "\n").count == 1)
            let record = try JSONValue.parse(String(history.split(separator: "\n")[0]))
            #expect(record["CONFIG_ID"]?.intValue == configID)
            #expect(record["portal"]?.stringValue == "127.0.0.1:\(server.port)")
            #expect(record["TITLE"] == "Office" && record["SERVER"] == "sip.example.com" && record["LOGIN"] == "100")
            #expect(record["time"]?.stringValue?.hasSuffix("Z") == true)
            #expect(!history.contains(Self.password))
            let mode = try FileManager.default.attributesOfItem(atPath: home.historyFile)[.posixPermissions] as? Int
            #expect(mode == 0o600)
        }
    }

    @Test func humanOutputShowsEveryFieldAndTheWatchHint() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let run = try await add(home, server, title: "Офис продаж")
            #expect(run.status == 0, "\(run.stderr)")
            let regID = try #require(await server.lines().first?["REG_ID"]?.intValue)
            #expect(run.stdout.contains("TITLE:      Офис продаж"))
            #expect(run.stdout.contains("PASSWORD:   ********"))
            #expect(run.stdout.contains("sipline status \(regID) --watch"))
            #expect(!run.allOutput.contains(Self.password))
        }
    }

    @Test func officeLineShowsTheIncomingBlockMaskedOrRevealed() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let masked = try await add(home, server, title: "PBX one", extra: ["--type", "office"])
            #expect(masked.status == 0, "\(masked.stderr)")
            let incoming = try #require(await server.lines().first?["INCOMING_PASSWORD"]?.stringValue)
            #expect(masked.stdout.contains("INCOMING_SERVER:"))
            #expect(masked.stdout.contains("INCOMING_PASSWORD:  ********"))
            #expect(!masked.allOutput.contains(incoming))

            let shown = try await add(home, server, title: "PBX two", extra: ["--type", "office", "--json", "--show-secrets"])
            #expect(shown.status == 0)
            let json = try JSONValue.parse(shown.stdout)
            let second = await server.lines().first { $0["TITLE"] == "PBX two" }
            #expect(json["INCOMING_PASSWORD"]?.stringValue == second?["INCOMING_PASSWORD"]?.stringValue)
            #expect(json["PASSWORD"]?.stringValue == Self.password)
        }
    }

    @Test func invalidFieldsExit65ListingEveryProblemAndSendNothing() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let human = try await home.run(["add", "--title", "", "--server", "sip:100@pbx.example.com", "--login", "100",
                                      "--password-stdin"], webhook: server.webhookURL, stdin: Self.password)
            #expect(human.status == 65)
            #expect(human.stdout.isEmpty)
            #expect(human.stderr.contains("TITLE:"))
            #expect(human.stderr.contains("SERVER:"))
            let json = try await add(home, server, host: "bad server", extra: ["--json"])
            #expect(json.status == 65)
            let document = try JSONValue.parse(json.stdout)
            #expect(document["error"] == "INVALID_FIELDS")
            #expect(document["error_description"]?.stringValue?.contains("SERVER:") == true)
            #expect(document.objectValue?.keys.sorted() == ["error", "error_description"])
            #expect(!json.allOutput.contains(Self.password))
            #expect(await server.requests().isEmpty)
        }
    }

    @Test func exactlyOneTrailingNewlineIsRemovedFromStdinAndFiles() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            #expect(try await add(home, server, title: "LF", stdin: "pw-one\n").status == 0)
            #expect(try await add(home, server, title: "CRLF", stdin: "pw-two\r\n").status == 0)
            let file = try home.write("pw-three\n", to: "pw.txt")
            let fromFile = try await home.run(["add", "--title", "File", "--server", "sip.example.com", "--login", "1",
                                         "--password-file", file], webhook: server.webhookURL)
            #expect(fromFile.status == 0, "\(fromFile.stderr)")
            // Two newlines: one is removed, the other stays and the validator refuses it.
            let doubled = try await add(home, server, title: "Twice", stdin: "pw-four\n\n")
            #expect(doubled.status == 65)
            let passwords = Dictionary(uniqueKeysWithValues: await server.lines().map {
                ($0["TITLE"]?.stringValue ?? "", $0["PASSWORD"]?.stringValue ?? "")
            })
            #expect(passwords == ["LF": "pw-one", "CRLF": "pw-two", "File": "pw-three"])
        }
    }

    @Test func passwordFileReadableByOthersIsRefusedWithTheChmod() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let file = try home.write(Self.password, to: "pw.txt", mode: 0o644)
            let run = try await home.run(["add", "--title", "T", "--server", "sip.example.com", "--login", "1",
                                    "--password-file", file], webhook: server.webhookURL)
            #expect(run.status == 78)
            #expect(run.stderr.contains("chmod 600 \(file)"))
            #expect(!run.allOutput.contains(Self.password))
            #expect(await server.requests().isEmpty)
        }
    }

    @Test func usageErrorsExit64() async throws {
        let home = try CommandHome()
        #expect(try await home.run(["add", "--title", "T", "--server", "s.example.com", "--login", "1"]).status == 64)
        #expect(try await home.run(["add", "--title", "T", "--server", "s.example.com", "--login", "1", "--password", "x"]).status == 64)
        #expect(try await home.run(["list", "--no-such-option"]).status == 64)
        #expect(try await home.run(["status"]).status == 64)
        let badHook = try await home.run(["list", "--webhook", "https://x.bitrix24.com/rest/1/"])
        #expect(badHook.status == 64)
        #expect(badHook.stderr.contains("--webhook"))
    }

    @Test("usage errors under --json are one JSON object on stderr, stdout empty, exit 64")
    func usageErrorsAsJSON() async throws {
        let home = try CommandHome()
        let cases: [([String], String)] = [
            (["add", "--title", "T", "--server", "s.example.com", "--login", "1", "--json"], "password"),
            (["list", "--json", "--no-such-option"], "--no-such-option"),
            (["status", "--json"], "reg-id"),
            (["list", "--json", "--webhook", "https://x.bitrix24.com/rest/1/"], "--webhook"),
            (["sandbox", "--json"], "--json"),
            (["sandbox", "--port", "70000", "--json"], "--port"),
        ]
        for (arguments, named) in cases {
            let run = try await home.run(arguments)
            #expect(run.status == 64, "\(arguments): \(run.stderr)")
            #expect(run.stdout.isEmpty, "\(arguments): \(run.stdout)")
            let lines = run.stderr.split(separator: "\n")
            #expect(lines.count == 1, "\(arguments): \(run.stderr)")
            let document = try JSONValue.parse(run.stderr)
            #expect(document["error"] == "USAGE")
            #expect(document.objectValue?.keys.sorted() == ["error", "message"])
            #expect(document["message"]?.stringValue?.contains(named) == true, "\(arguments): \(run.stderr)")
        }
        // After "--" it is a value, not the flag: the usual text.
        let plain = try await home.run(["status", "--", "--json"])
        #expect(plain.status == 64)
        #expect((try? JSONValue.parse(plain.stderr)) == nil)
    }

    @Test func portalRefusalsExit1() async throws {
        try await withSandbox({ $0.maxCloudLines = 1 }) { server in
            let home = try CommandHome()
            #expect(try await add(home, server, title: "One").status == 0)
            let full = try await add(home, server, title: "Two", extra: ["--json"])
            #expect(full.status == 1)
            #expect(try JSONValue.parse(full.stdout)["error"] == "MAX_CLOUD_PBX")
            let same = try await add(home, server, title: "One", extra: ["--type", "office"])
            #expect(same.status == 1)
            // One clear error line (a title-in-use warning may come before it).
            #expect(same.stderr.split(separator: "\n").filter { $0.hasPrefix("sipline: ") }.count == 1)
            #expect(same.stdout.isEmpty)
            #expect(!full.allOutput.contains(Self.password) && !same.allOutput.contains(Self.password))
        }
    }

    @Test func lostAnswerIsCheckedNotRepeated() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            await server.inject(.dropConnectionAfterAdd)
            let run = try await add(home, server, extra: ["--json"])
            #expect(run.status == 0, "\(run.stderr)")
            #expect(await server.lines().count == 1)
            #expect(try JSONValue.parse(run.stdout)["TITLE"] == "Office")
            #expect(run.stderr.contains("note:"))
            #expect(await server.portalCalls().filter { $0.method == "voximplant.sip.add" }.count == 1)
        }
    }
}
