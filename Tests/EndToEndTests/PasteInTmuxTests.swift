import Foundation
import SandboxPortal
import TestSupport
import Testing

/// Pasting, as support staff do: a password copied from the provider's e-mail with its line break. tmux brackets
/// the paste because the wizard turned bracketed paste mode on; the wizard takes it as text in one piece, so the
/// line break is neither part of the password nor an Enter. Part of the serialized "wizard in tmux" suite.
extension WizardInTmuxTests {
    @Test("a password pasted with its line break arrives whole, without the break, and is not taken as Enter")
    func pastedPassword() async throws {
        let (sandbox, screen) = try await start()
        defer { Task { await sandbox.stop() } }
        try screen.typeTitleAndServer("Main office", "sip.provider.example")
        screen.press("Enter")
        try screen.waitFor("Credentials")
        screen.session.paste("user100")
        try screen.waitFor("user100")
        screen.press("Tab")
        screen.session.paste(Self.password + "\n")
        try screen.waitFor(String(repeating: "•", count: 8))
        let still = screen.session.capture()
        #expect(still.contains("Credentials"), "the pasted line break moved on:\n\(still)")
        screen.press("Enter")
        try screen.waitFor("Create line")
        screen.press("Enter")
        try screen.waitFor("is connected to Bitrix24")
        let line = try #require(await sandbox.lines().first)
        #expect(line["LOGIN"]?.stringValue == "user100")
        #expect(line["PASSWORD"]?.stringValue == Self.password)
        screen.quitFromResult()
        screen.expectNeverShown(Self.password)
    }
}
