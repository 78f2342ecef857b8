import Foundation
import SandboxPortal
import TestSupport
import Testing

/// A crash of the real binary while the wizard owns the terminal (the debug-only SIPLINE_TEST_CRASH trigger: F12
/// crashes for real, in the way named). Part of the serialized "wizard in tmux" suite.
extension WizardInTmuxTests {
    /// The exit status the shell sees for a crash of `kind` (128 + the signal). `swift` is a Swift runtime trap:
    /// SIGILL on x86-64, SIGTRAP on arm64.
    static func crashStatus(_ kind: String) -> Int32? {
        #if arch(arm64)
        let swiftTrap = SIGTRAP
        #else
        let swiftTrap = SIGILL
        #endif
        let signals = ["segv": SIGSEGV, "bus": SIGBUS, "ill": SIGILL, "trap": SIGTRAP, "abrt": SIGABRT, "fpe": SIGFPE,
                       "swift": swiftTrap]
        return signals[kind].map { 128 + $0 }
    }

    @Test("a crash gives the terminal back (stty -g as before, normal screen, cursor shown) and keeps the draft",
          arguments: ["segv", "bus", "ill", "trap", "abrt", "fpe", "swift"])
    func crashRestoresTheTerminal(kind: String) async throws {
        let expectedStatus = try #require(Self.crashStatus(kind))
        let (sandbox, home) = try await WizardFixtures.sandboxAndHome()
        defer { WizardFixtures.clean(sandbox, home: home) }
        let environment = WizardFixtures.environment(home: home, webhook: sandbox.webhookURL)
            .merging(["SIPLINE_TEST_CRASH": kind]) { $1 }
        let screen = try WizardScreen.launch(environment, unset: ["SWIFT_BACKTRACE"])
        try screen.waitFor("Lines this webhook can see", seconds: 30)
        try screen.typeTitleAndServer("Crash \(kind)", "sip.crash.example")
        screen.press("F12")

        #expect(screen.session.exitStatus(seconds: 30) == expectedStatus)
        screen.expectTerminalRestored()
        #expect(screen.session.format("#{alternate_on}") == "0", "still on the alternate screen")
        #expect(screen.session.format("#{cursor_flag}") == "1", "the cursor is still hidden")
        let drafts = WizardFixtures.keptDrafts(stateHome: home + "/state")
        #expect(drafts.count == 1, "\(drafts)")
        let draftFile = try #require(drafts.first)
        let draft = try String(contentsOfFile: draftFile, encoding: .utf8)
        #expect(draft.contains("\"TITLE\":\"Crash \(kind)\""), "\(draft)")
        #expect(draft.contains("\"SERVER\":\"sip.crash.example\""), "\(draft)")
        let mode = try FileManager.default.attributesOfItem(atPath: draftFile)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: home + "/state/sipline/drafts")
        #expect(leftovers.count == 1, "temporary files left: \(leftovers)")
    }
}
