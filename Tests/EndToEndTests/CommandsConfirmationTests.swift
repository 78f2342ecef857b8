import Foundation
import Testing
import BitrixJSON
import TestSupport

/// `sipline delete` on a terminal asks first, naming the line; "n" keeps it (exit 130), "y" deletes it.
/// The sandbox runs as its own process (`sipline sandbox`): the tmux waits block a thread, which must not starve an
/// in-process sandbox while the child waits for its answer.
@Suite(.enabled(if: TmuxSession.isAvailable)) struct CommandsConfirmationTests {
    @Test func deleteAsksOnATerminal() async throws {
        let home = try CommandHome()
        let sandbox = try home.start(["sandbox"])
        defer { sandbox.process.terminate() }
        var webhook = ""
        for _ in 0..<500 where webhook.isEmpty {
            webhook = sandbox.stdoutSoFar.split(separator: "\n").first.map(String.init) ?? ""
            if webhook.isEmpty { try await Task.sleep(for: .milliseconds(10)) }
        }
        #expect(webhook.hasPrefix("http://127.0.0.1:"))
        let added = try await home.run(["add", "--title", "Склад", "--server", "sip.example.com", "--login", "1",
                                        "--password-stdin", "--json"], webhook: webhook, stdin: "pw")
        let configID = try #require(try JSONValue.parse(added.stdout)["CONFIG_ID"]?.intValue)

        func delete(answer: String) throws -> Int32? {
            let command = "env HOME=\(home.path) SIPLINE_WEBHOOK=\(webhook) \(BuiltProducts.sipline) delete \(configID)"
            let session = try TmuxSession(recording: command)
            let (found, screen) = session.wait(for: "[y/N]")
            #expect(found, "\(screen)")
            #expect(screen.contains("Delete line \(configID) \"Склад\" (cloud, sip.example.com)"))
            session.type(answer)
            session.send("Enter")
            return session.exitStatus()
        }
        #expect(try delete(answer: "n") == 130)
        #expect(try JSONValue.parse(try await home.run(["list", "--json"], webhook: webhook).stdout).arrayValue?.count == 1)
        #expect(try delete(answer: "y") == 0)
        #expect(try JSONValue.parse(try await home.run(["list", "--json"], webhook: webhook).stdout).arrayValue?.count == 0)
    }
}
