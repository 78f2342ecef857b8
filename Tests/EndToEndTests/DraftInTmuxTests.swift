import Foundation
import SandboxPortal
import TestSupport
import Testing

/// The draft kept between runs, with the real binary in tmux: quit with something typed, start again, continue,
/// create the line. An empty temporary HOME/XDG_STATE_HOME, so nothing of the person's own state is touched.
/// Part of the serialized "wizard in tmux" suite: sandboxes of tmux suites running side by side time out.
extension WizardInTmuxTests {
    static let draftPassword = "Dr4ft-s3cret-PW"

    private func keptDrafts(_ home: String) -> [String] { WizardFixtures.keptDrafts(stateHome: home + "/state") }

    private func draftWizard(_ sandbox: SandboxServer, home: String) throws -> WizardScreen {
        try WizardScreen.launch(WizardFixtures.environment(home: home, webhook: sandbox.webhookURL))
    }

    @Test("Ctrl-C keeps a 0600 draft without the password; the next start offers it, Enter fills it, the line ends it")
    func quitOfferContinueCreate() async throws {
        let (sandbox, home) = try await WizardFixtures.sandboxAndHome()
        defer { WizardFixtures.clean(sandbox, home: home) }
        // First run: title, server, login and a password typed, then Ctrl-C, y.
        let first = try draftWizard(sandbox, home: home)
        try first.waitFor("Lines this webhook can see: 0", seconds: 30)  // a cold first start under load
        try first.fillDraft(title: "Front desk", server: "sip.provider.example", login: "user100",
                            password: Self.draftPassword)
        first.press("C-c")
        try first.waitFor("Quit sipline?")
        first.press("y")
        #expect(first.session.exitStatus() == 130)
        first.expectTerminalRestored()
        // The normal screen says where the form went.
        #expect(first.session.wait(for: "sipline: no line created; the draft \"Front desk\" is kept for the next start").found)

        let drafts = keptDrafts(home)
        #expect(drafts.count == 1)
        let draftFile = try #require(drafts.first)
        let attributes = try FileManager.default.attributesOfItem(atPath: draftFile)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let kept = try String(contentsOfFile: draftFile, encoding: .utf8)
        #expect(kept.contains("Front desk"))
        #expect(kept.contains("sip.provider.example"))
        #expect(kept.contains("user100"))
        #expect(!kept.contains(Self.draftPassword))
        #expect(!kept.contains(sandbox.webhookURL))

        // Second run: the offer names the title and the server; Enter fills the form.
        let second = try draftWizard(sandbox, home: home)
        let offer = try second.waitFor("Continue the draft", seconds: 30)
        #expect(offer.contains("\"Front desk\""))
        #expect(offer.contains("sip.provider.example"))
        second.press("Enter")
        try second.waitUntil("the offer gone") { !$0.contains("Continue the draft") }
        second.press("Enter")
        // Each screen is read once it is whole (a capture can catch a frame half drawn).
        try second.waitForAll(["Connection name", "Front desk"])
        second.press("Enter")
        try second.waitForAll(["Step 3 of 5", "sip.provider.example"])
        second.press("Enter")
        try second.waitForAll(["Credentials", "user100"])
        // The password field has the focus: typing goes there.
        second.type(Self.draftPassword)
        try second.waitFor("•••••••••••••••")
        second.press("Enter")
        try second.waitFor("Create line")
        // Until the line exists, the draft stays.
        #expect(FileManager.default.fileExists(atPath: draftFile))
        second.press("Enter")
        try second.waitFor("is connected to Bitrix24 as a cloud PBX line")
        let line = try #require(await sandbox.lines().first)
        #expect(line["TITLE"]?.stringValue == "Front desk")
        #expect(line["LOGIN"]?.stringValue == "user100")
        #expect(line["PASSWORD"]?.stringValue == Self.draftPassword)
        #expect(!FileManager.default.fileExists(atPath: draftFile))
        second.quitFromResult()
        second.expectTerminalRestored()
        first.expectNeverShown(Self.draftPassword)
        second.expectNeverShown(Self.draftPassword)
    }

    @Test("SIGHUP (a dropped SSH session) keeps the draft too, and the next start offers it")
    func hangupKeepsTheDraft() async throws {
        let (sandbox, home) = try await WizardFixtures.sandboxAndHome()
        defer { WizardFixtures.clean(sandbox, home: home) }
        let first = try draftWizard(sandbox, home: home)
        try first.waitFor("Lines this webhook can see: 0", seconds: 30)
        try first.typeTitleAndServer("Dropped line", "pbx.dropped.example")
        // The pane's shell runs sipline as its only child (env execs it).
        let shell = first.session.format("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        let sipline = try #require(children.split(separator: " ").first.flatMap { Int32($0) })
        #expect(kill(sipline, SIGHUP) == 0)
        #expect(first.session.exitStatus() != nil)
        let draftFile = try #require(keptDrafts(home).first)
        let kept = try String(contentsOfFile: draftFile, encoding: .utf8)
        #expect(kept.contains("Dropped line"))
        #expect(kept.contains("pbx.dropped.example"))

        let second = try draftWizard(sandbox, home: home)
        let offer = try second.waitFor("Continue the draft", seconds: 30)
        #expect(offer.contains("\"Dropped line\" at pbx.dropped.example"))
        second.press("n")
        try second.waitUntil("the offer gone") { !$0.contains("Continue the draft") }
        #expect(!FileManager.default.fileExists(atPath: draftFile))
        second.press("C-c")
        #expect(second.session.exitStatus() == 130)
    }
}
