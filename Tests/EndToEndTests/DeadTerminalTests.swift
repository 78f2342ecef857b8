import Foundation
import SandboxPortal
import TestSupport
import Testing

/// The terminal dies under the wizard (SSH dropped, window closed): on a pseudo-terminal the test holds, the master
/// side is closed with something typed. Whether the terminal was the wizard's controlling terminal (SIGHUP and EIO)
/// or not (EIO / end of input only), it must end within a second, with the draft saved and no CPU burnt.
@Suite("wizard on a dying terminal", .serialized)
struct DeadTerminalTests {
    @Test("the wizard ends within 1 s with the draft saved and no busy loop", arguments: [true, false])
    func deadTerminal(controlling: Bool) async throws {
        let (sandbox, home) = try await WizardFixtures.sandboxAndHome()
        defer { WizardFixtures.clean(sandbox, home: home) }
        let environment = WizardFixtures.environment(home: home, webhook: sandbox.webhookURL)
            .merging(["PATH": "/usr/bin:/bin"]) { $1 }
        let terminal = try PseudoTerminal([BuiltProducts.sipline], environment: environment, controlling: controlling)
        #expect(await terminal.shows("webhook can see"), "no first screen: \(terminal.text.suffix(500))")
        terminal.type("\r")
        #expect(await terminal.shows("Connection name"))
        terminal.type("Dead tty line")
        #expect(await terminal.shows("Dead tty line"), "typed text not shown: \(terminal.text.suffix(300))")

        let cpuBefore = try #require(terminal.cpuSeconds())
        let hungUp = Date()
        terminal.hangUp()
        let ending = try #require(terminal.waitForExit(seconds: 10), "the wizard kept running on a dead terminal")
        let seconds = Date().timeIntervalSince(hungUp)
        let cpuAfterHangup = ending.cpuSeconds - cpuBefore
        print("dead terminal (controlling: \(controlling)): ended after \(String(format: "%.3f", seconds)) s, "
              + "CPU after the hang-up \(String(format: "%.3f", cpuAfterHangup)) s, status \(ending.status)")
        #expect(seconds < 1.0, "took \(seconds) s to end")
        #expect(cpuAfterHangup < 0.5, "used \(cpuAfterHangup) s of CPU after the terminal died")
        #expect(ending.status == 130 || ending.status == 128 + SIGHUP, "status \(ending.status)")
        let drafts = WizardFixtures.keptDrafts(stateHome: home + "/state")
        #expect(drafts.count == 1, "\(drafts)")
        let draft = try String(contentsOfFile: try #require(drafts.first), encoding: .utf8)
        #expect(draft.contains("\"TITLE\":\"Dead tty line\""), "\(draft)")
    }
}
