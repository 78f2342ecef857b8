import Foundation
import Testing
import BitrixJSON
import SandboxPortal
import TestSupport

/// `check`, `default`, `pbx-config` and `status`'s advice, run as the real binary: exit statuses and words.
@Suite(.serialized) struct CommandsWorkingLineTests {
    func seed(_ home: CommandHome, _ server: SandboxServer, title: String, type: String = "cloud",
              host: String = "sip.example.com", password: String = "seed-pass") async throws -> JSONValue {
        let run = try await home.run(["add", "--title", title, "--server", host, "--login", "100", "--password-stdin",
                                      "--type", type], webhook: server.webhookURL, stdin: password)
        #expect(run.status == 0, "\(run.stderr)")
        return try #require(await server.lines().first { $0["TITLE"]?.stringValue == title })
    }

    @Test func checkAnsweredDoesNotResolveNoAnswerAndUsage() async throws {
        let sipp = try await SippServer.answeringOptions(software: "sipp-e2e")
        defer { sipp.stop() }
        let dns = try await Dnsmasq.sipServer("sip.example.com", port: sipp.port)
        defer { dns.stop() }
        let home = try CommandHome()
        let fromHere = "This check runs from this machine, not from Bitrix24's servers"

        let answered = try await home.run(["check", "sip.example.com", "--nameserver", dns.nameserver])
        #expect(answered.status == 0, "\(answered.allOutput)")
        #expect(answered.stdout.contains(
            "sip.example.com resolves and a SIP server answers at 127.0.0.1:\(sipp.port): SIP/2.0 200 OK."))
        #expect(answered.stdout.contains("Its software: sipp-e2e."))
        #expect(answered.stdout.contains(fromHere))
        #expect(answered.stdout.contains("SRV _sip._udp.sip.example.com: 1 record"))

        // SIPLINE_NAMESERVER, which the wizard's check reads, works for the command too; --nameserver wins over it.
        let fromEnvironment = try await home.run(["check", "sip.example.com"],
                                                 environment: ["SIPLINE_NAMESERVER": dns.nameserver])
        #expect(fromEnvironment.status == 0, "\(fromEnvironment.allOutput)")
        let overridden = try await home.run(["check", "sip.example.com", "--nameserver", dns.nameserver],
                                            environment: ["SIPLINE_NAMESERVER": "127.0.0.1:1"])
        #expect(overridden.status == 0, "\(overridden.allOutput)")
        let badVariable = try await home.run(["check", "sip.example.com"], environment: ["SIPLINE_NAMESERVER": "dns.local"])
        #expect(badVariable.status == 64 && badVariable.stderr.contains("SIPLINE_NAMESERVER must be an IPv4 address with an optional :port, not \"dns.local\""), "\(badVariable.allOutput)")

        let json = try await home.run(["check", "sip.example.com", "--nameserver", dns.nameserver, "--json"])
        let report = try JSONValue.parse(json.stdout)
        #expect(report["verdict"] == "answered")
        #expect(report["answer"]?["status_code"]?.intValue == 200)
        #expect(report["checked_from"] == "this machine")

        let nowhere = try await home.run(["check", "nowhere.example.com", "--nameserver", dns.nameserver])
        #expect(nowhere.status == 68, "\(nowhere.allOutput)")
        #expect(nowhere.stdout.contains("nowhere.example.com does not resolve from here"))
        #expect(nowhere.stdout.contains(fromHere))

        let silent = SilentUDPPort()
        let noAnswer = try await home.run(["check", "127.0.0.1:\(silent.port)"])
        #expect(noAnswer.status == 69, "\(noAnswer.allOutput)")
        #expect(noAnswer.stdout.hasPrefix("No SIP answer came from 127.0.0.1:\(silent.port) UDP within 4 s."))
        #expect(noAnswer.stdout.contains(fromHere))

        #expect(try await home.run(["check", "bad host"]).status == 64)
        #expect(try await home.run(["check", "sip.example.com", "--transport", "sctp"]).status == 64)
        #expect(try await home.run(["check"]).status == 64)
    }

    @Test func defaultShowsSetsAndVerifies() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let base = try await home.run(["default"], webhook: server.webhookURL)
            #expect(base.status == 0, "\(base.stderr)")
            #expect(base.stdout == "Default outgoing line: the portal's base number (LINK_BASE_NUMBER).\n")

            let cloud = try await seed(home, server, title: "Cloud")
            let office = try await seed(home, server, title: "Office", type: "office")
            let regID = try #require(cloud["REG_ID"]?.intValue)
            let configID = try #require(office["CONFIG_ID"]?.intValue)

            let current = try await home.run(["default"], webhook: server.webhookURL)
            #expect(current.stdout == "Default outgoing line: cloud SIP line reg\(regID), \"Cloud\".\n")

            let set = try await home.run(["default", String(configID)], webhook: server.webhookURL)
            #expect(set.status == 0, "\(set.stderr)")
            #expect(set.stdout.contains("Was: cloud SIP line reg\(regID), \"Cloud\"; now: this line, office SIP line sip\(configID)"))
            #expect(await server.defaultOutgoingLine() == "sip\(configID)")

            let json = try await home.run(["default", "--json"], webhook: server.webhookURL)
            #expect(try JSONValue.parse(json.stdout)["LINE_ID"]?.stringValue == "sip\(configID)")
            let again = try await home.run(["default", String(configID), "--json"], webhook: server.webhookURL)
            #expect(try JSONValue.parse(again.stdout)["RESULT"] == "already_default")

            let missing = try await home.run(["default", "424242"], webhook: server.webhookURL)
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("sees no line with CONFIG_ID 424242"))

            await server.setWebhookPermissions(.noTelephonyRight)
            #expect(try await home.run(["default"], webhook: server.webhookURL).status == 77)
        }
    }

    @Test func pbxConfigForAnOfficeLineAndAClearNoForACloudLine() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let office = try await seed(home, server, title: "Office", type: "office")
            let configID = try #require(office["CONFIG_ID"]?.intValue)
            let secret = try #require(office["INCOMING_PASSWORD"]?.stringValue)

            let masked = try await home.run(["pbx-config", String(configID), "--format", "asterisk-pjsip"],
                                            webhook: server.webhookURL)
            #expect(masked.status == 0, "\(masked.stderr)")
            #expect(masked.stdout.contains("type=registration"))
            #expect(masked.stdout.contains("match=\(office["INCOMING_SERVER"]!.stringValue!)"))
            #expect(masked.stdout.contains("password=********"))
            #expect(!masked.allOutput.contains(secret))

            let shown = try await home.run(["pbx-config", String(configID), "--format", "generic", "--show-secrets"],
                                           webhook: server.webhookURL)
            #expect(shown.stdout.contains("Password:   \(secret)"))
            let freePBX = try await home.run(["pbx-config", String(configID), "--format", "freepbx"], webhook: server.webhookURL)
            #expect(freePBX.stdout.contains("SIP Server:"))

            let cloud = try await seed(home, server, title: "Cloud")
            let refused = try await home.run(["pbx-config", String(cloud["CONFIG_ID"]!.intValue!), "--format", "generic"],
                                             webhook: server.webhookURL)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("is a cloud line"))
            #expect(try await home.run(["pbx-config", String(configID), "--format", "cisco"], webhook: server.webhookURL).status == 64)
        }
    }

    @Test func statusPrintsTheAdviceAndExitsByTheResult() async throws {
        try await withSandbox { server in
            let home = try CommandHome()
            let wrong = try await seed(home, server, title: "Wrong", password: "wrong-password")
            let regID = try #require(wrong["REG_ID"]?.intValue)

            let waiting = try await home.run(["status", String(regID)], webhook: server.webhookURL)
            #expect(waiting.status == 75)
            #expect(waiting.stdout.contains("follow it with: sipline status \(regID) --watch"))

            let watched = try await home.run(["status", String(regID), "--watch", "--interval", "0.05"],
                                             webhook: server.webhookURL)
            #expect(watched.status == 1)
            #expect(watched.stderr.contains("The provider refused the login or password (401)."))
            #expect(watched.stderr.contains("The provider said: Unauthorized"))

            let once = try await home.run(["status", String(regID)], webhook: server.webhookURL)
            #expect(once.status == 1, "an error exits 1 without --watch too")

            let good = try await seed(home, server, title: "Good")
            let goodID = try #require(good["REG_ID"]?.intValue)
            let registered = try await home.run(["status", String(goodID), "--watch", "--interval", "0.05"],
                                                webhook: server.webhookURL)
            #expect(registered.status == 0)
            #expect(registered.stdout.contains("Registered: the provider accepted"))
        }
    }

    @Test func theWatchStopsAtItsLimitWithTheNoAnswerAdvice() async throws {
        try await withSandbox({ $0.registrationSteps = RegistrationSteps(wait: 1000, inProgress: 0) }) { server in
            let home = try CommandHome()
            let slow = try await seed(home, server, title: "Slow")
            let run = try await home.run(["status", String(slow["REG_ID"]!.intValue!), "--watch", "--interval", "0.2",
                                          "--limit", "1"], webhook: server.webhookURL)
            #expect(run.status == 75)
            #expect(run.stderr.contains("No answer from the provider after 1 s."))
        }
    }
}
