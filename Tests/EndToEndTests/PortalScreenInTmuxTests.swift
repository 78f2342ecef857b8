import Foundation
import SandboxPortal
import TestSupport
import Testing

/// The portal screen in the real binary, in tmux at 80×24, against sandboxes started by the test: webhooks are
/// typed as a person pastes them, diagnosed, checked, and the line lands on the portal that was chosen.
/// These tests belong to the serialized "wizard in tmux" suite: two tmux suites side by side each block a thread
/// of the cooperative pool while they poll the screen, which on a 2-core machine starves the in-process sandboxes.
extension WizardInTmuxTests {
    static let portalPassword = "Pq4-s3cret-PW"

    /// The webhook code: the segment after `/rest/USER_ID/`.
    private func code(of url: String) throws -> String {
        let parts = url.split(separator: "/")
        let rest = try #require(parts.firstIndex(of: "rest"))
        return String(parts[rest + 2])
    }

    /// The host and port of a loopback sandbox, as the wizard shows it.
    private func host(of url: String) throws -> String {
        try #require(url.split(separator: "/").dropFirst().first.map(String.init))
    }

    @Test("a refused add opens the portal screen; a bad code is diagnosed; another webhook is checked and used")
    func addRefusedThenAnotherPortal() async throws {
        // The wizard starts on a webhook without the telephony scope: the add is refused with the scope named.
        let scopeless = try await WizardFixtures.sandbox { $0.webhookPermissions = .noTelephonyScope }
        let working = try await WizardFixtures.sandbox { $0.connector = ConnectorState(freeMinutes: 37, paid: false) }
        defer { Task { await scopeless.stop(); await working.stop() } }
        let state = try WizardFixtures.emptyDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let screen = try WizardScreen.launch(["XDG_STATE_HOME": state, "SIPLINE_WEBHOOK": scopeless.webhookURL])

        try screen.waitFor("PBX type")
        try screen.fillDraft(title: "Moved office", server: "sip.provider.example", login: "user100",
                                  password: Self.portalPassword)
        screen.press("Enter")
        let refused = try screen.waitFor("lacks the scope `telephony`")
        #expect(refused.contains("Nothing was created"))
        #expect(refused.contains("In use now: \(try host(of: scopeless.webhookURL))"))

        // The right portal, but a wrong code: the portal refuses the webhook, and says so in words.
        let goodCode = try code(of: working.webhookURL)
        screen.type(working.webhookURL.replacingOccurrences(of: goodCode, with: "0wrongcode0"))
        screen.press("Enter")
        let bad = try screen.waitFor("did not accept this webhook")
        #expect(!bad.contains("0wrongcode0"))
        #expect(bad.contains("/rest/1/••••/"))

        // The working webhook: checked, its code masked, the connector's free minutes told, used for this run.
        screen.press("C-u")
        screen.type(working.webhookURL)
        screen.press("Enter")
        let checked = try screen.waitFor("Save this portal as")
        #expect(checked.contains("37 free minutes remain"))
        #expect(!checked.contains(goodCode))
        screen.press("Escape")
        let review = try screen.waitFor("for this run (not saved)")
        #expect(review.contains(try host(of: working.webhookURL)))
        #expect(review.contains("Review"))
        screen.press("Enter")
        try screen.waitFor("is connected to Bitrix24 as a cloud PBX line")
        #expect(await scopeless.lines().isEmpty)
        let line = try #require(await working.lines().first)
        #expect(line["TITLE"]?.stringValue == "Moved office")
        #expect(line["PASSWORD"]?.stringValue == Self.portalPassword)
        screen.quitFromResult()
        let summary = try screen.waitFor("created cloud line")
        #expect(summary.contains(try host(of: working.webhookURL)))
        screen.expectTerminalRestored()
        screen.expectNeverShown(Self.portalPassword)
    }

    @Test("no portal configured: the portal screen checks the sandbox's webhook, saves it (0600), a line is created")
    func noConfigSaveAndCreate() async throws {
        let (portal, home) = try await WizardFixtures.sandboxAndHome {
            $0.connector = ConnectorState(freeMinutes: 0, paid: true)
        }
        defer { WizardFixtures.clean(portal, home: home) }
        let screen = try WizardScreen.launch(WizardFixtures.environment(home: home, webhook: nil))

        let first = try screen.waitFor("Webhook")
        #expect(first.contains("Portal"))
        #expect(!first.contains("Step 1 of 5"))
        let code = try code(of: portal.webhookURL)
        screen.type(portal.webhookURL)
        screen.press("Enter")
        let offer = try screen.waitFor("Save this portal as")
        #expect(offer.contains("The SIP connector is paid"))
        #expect(!offer.contains(code))
        screen.press("C-u")
        screen.type("practice")
        screen.press("Enter")
        let saved = try screen.waitFor("as the portal \"practice\"")
        #expect(saved.contains("Step 1 of 5"))
        try screen.waitFor("Lines this webhook can see: 0")

        let file = home + "/config/sipline/config.toml"
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("practice"))
        #expect(text.contains(code))

        try screen.fillDraft(title: "Saved portal line", server: "sip.provider.example", login: "user100",
                                  password: Self.portalPassword)
        screen.press("Enter")
        try screen.waitFor("is connected to Bitrix24 as a cloud PBX line")
        #expect(await portal.lines().first?["TITLE"]?.stringValue == "Saved portal line")
        screen.quitFromResult()
        screen.expectTerminalRestored()
        screen.expectNeverShown(Self.portalPassword)
    }

    @Test("no portal configured: a wrong code is diagnosed on the portal screen, nothing is saved")
    func noConfigBadCode() async throws {
        let (portal, home) = try await WizardFixtures.sandboxAndHome()
        defer { WizardFixtures.clean(portal, home: home) }
        let screen = try WizardScreen.launch(WizardFixtures.environment(home: home, webhook: nil))
        try screen.waitFor("Webhook")
        screen.type(portal.webhookURL.replacingOccurrences(of: try code(of: portal.webhookURL), with: "0wrongcode0"))
        screen.press("Enter")
        let bad = try screen.waitFor("did not accept this webhook")
        #expect(!bad.contains("0wrongcode0"))
        screen.press("C-c")
        try screen.waitFor("Quit sipline?")
        screen.press("y")
        #expect(screen.session.exitStatus() == 130)
        screen.expectTerminalRestored()
        #expect(!FileManager.default.fileExists(atPath: home + "/config/sipline/config.toml"))
    }
}
