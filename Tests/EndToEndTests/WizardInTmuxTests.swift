import Bitrix24REST
import BitrixJSON
import Foundation
import SandboxPortal
import TestSupport
import Testing

/// The real sipline binary in tmux at 80×24 against a sandbox portal started by the test, driven key by key as a
/// support person would, reading only what the screen shows.
@Suite("wizard in tmux", .serialized, .enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct WizardInTmuxTests {
    static let password = "Xy7-s3cret-PW"

    /// Starts a sandbox and the wizard on it (the webhook goes through the environment, never argv), and waits for
    /// `firstScreen` (nil: returns at once, for a test that changes the portal before the wizard reads it).
    func start(
        _ configure: (inout SandboxConfiguration) -> Void = { _ in }, columns: Int = 80, rows: Int = 24,
        firstScreen: String? = "Lines this webhook can see: 0"
    ) async throws -> (SandboxServer, WizardScreen) {
        let sandbox = try await WizardFixtures.sandbox(configure)
        // A fresh, empty home: neither a draft kept by an earlier test nor the config file of the person running
        // the tests reaches the wizard.
        let home = try WizardFixtures.emptyDirectory()
        let screen = try WizardScreen.launch(WizardFixtures.environment(home: home, webhook: sandbox.webhookURL),
                                             columns: columns, rows: rows)
        do {
            if let firstScreen { try screen.waitFor(firstScreen, seconds: 30) }  // a cold first start under load
        } catch {
            await sandbox.stop()
            throw error
        }
        return (sandbox, screen)
    }

    @Test("cloud line: typed values arrive exactly, the result shows CONFIG_ID, REG_ID and the registration")
    func cloudHappyPath() async throws {
        let (sandbox, screen) = try await start()
        defer { Task { await sandbox.stop() } }
        try screen.fillDraft(title: "Main office", server: "sip.provider.example", login: "user100",
                             password: Self.password)
        screen.press("Enter")
        let result = try screen.waitFor("is connected to Bitrix24 as a cloud PBX line")
        let lines = await sandbox.lines()
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        #expect(line["TITLE"]?.stringValue == "Main office")
        #expect(line["SERVER"]?.stringValue == "sip.provider.example")
        #expect(line["LOGIN"]?.stringValue == "user100")
        #expect(line["PASSWORD"]?.stringValue == Self.password)
        #expect(line["TYPE"]?.stringValue == "cloud")
        let configID = try #require(line["CONFIG_ID"]?.stringValue)
        let regID = try #require(line["REG_ID"]?.stringValue)
        #expect(result.contains("CONFIG_ID  \(configID)"))
        #expect(result.contains("REG_ID     \(regID)"))
        try screen.waitFor("registered (200 OK)", seconds: 30)
        // Save the details: the file holds the secrets, so it must be the owner's alone.
        let folder = NSTemporaryDirectory() + "sipline-details-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        screen.press("s")
        try screen.waitFor("Enter save")
        screen.press("C-u")
        screen.type(folder + "/line.txt")
        screen.press("Enter")
        try screen.waitFor("Saved to \(folder)")
        let saved = try String(contentsOfFile: folder + "/line.txt", encoding: .utf8)
        #expect(saved.contains(configID) && saved.contains(regID) && saved.contains(Self.password))
        let mode = try FileManager.default.attributesOfItem(atPath: folder + "/line.txt")[.posixPermissions] as? Int
        #expect(mode == 0o600)
        screen.quitFromResult()
        let after = try screen.waitFor("created cloud line")
        #expect(after.contains("Main office"))
        screen.expectTerminalRestored()
        screen.expectNeverShown(Self.password)
    }

    @Test("office line: INCOMING_* shown, the incoming password masked until revealed")
    func officeHappyPath() async throws {
        let (sandbox, screen) = try await start()
        defer { Task { await sandbox.stop() } }
        try screen.fillDraft(office: true, title: "Warehouse PBX", server: "pbx.office.example", login: "office1",
                             password: Self.password)
        screen.press("Enter")
        let result = try screen.waitFor("Now set up your office PBX")
        let line = try #require(await sandbox.lines().first)
        let incomingPassword = try #require(line["INCOMING_PASSWORD"]?.stringValue)
        let incomingLogin = try #require(line["INCOMING_LOGIN"]?.stringValue)
        #expect(result.contains("ip.b24-sandbox.bitrixphone.com"))
        #expect(result.contains(incomingLogin))
        #expect(!result.contains(incomingPassword))
        screen.press("r")
        try screen.waitFor(incomingPassword)
        screen.press("r")
        try screen.waitUntil("the incoming password hidden again") { !$0.contains(incomingPassword) }
        screen.quitFromResult()
        screen.expectTerminalRestored()
        screen.expectNeverShown(Self.password)
    }

    @Test("TITLE_EXISTS from the portal leads back to the name, with everything kept, then success")
    func titleExistsThenSuccess() async throws {
        let (sandbox, screen) = try await start()
        defer { Task { await sandbox.stop() } }
        // A line the wizard's pre-flight did not see (as if another app made it) takes the title.
        try await SandboxRequests.add(sandbox, title: "Main office", server: "other.example", login: "x")
        try screen.fillDraft(title: "Main office", server: "sip.provider.example", login: "user100",
                                  password: Self.password)
        screen.press("Enter")
        try screen.waitFor("already exists on this portal")
        try screen.waitFor("Connection name")
        screen.press("C-u")
        screen.type("Main office 2")
        screen.press("Enter")
        // The other steps kept their values: review comes back after the name.
        try screen.waitFor("Create line")
        let review = try screen.waitFor("sip.provider.example")
        #expect(review.contains("user100"))
        screen.press("Enter")
        try screen.waitFor("is connected to Bitrix24 as a cloud PBX line")
        let titles = await sandbox.lines().compactMap { $0["TITLE"]?.stringValue }.sorted()
        #expect(titles == ["Main office", "Main office 2"])
        screen.quitFromResult()
        screen.expectNeverShown(Self.password)
    }

    @Test("MAX_CLOUD_PBX is explained on the type screen, suggesting office")
    func maxCloudLinesExplained() async throws {
        let (sandbox, screen) = try await start({ $0.maxCloudLines = 1 }, firstScreen: nil)
        defer { Task { await sandbox.stop() } }
        try await SandboxRequests.add(sandbox, title: "Existing", server: "sip.example.com", login: "a")
        try screen.waitFor("Lines this webhook can see: 1")
        try screen.fillDraft(title: "Second", server: "sip.provider.example", login: "user100",
                                  password: Self.password)
        screen.press("Enter")
        let explained = try screen.waitFor("maximum number of cloud PBX lines")
        #expect(explained.contains("PBX type"))
        #expect(await sandbox.lines().count == 1)
        screen.press("C-c")
        try screen.waitFor("Quit sipline?")
        screen.press("y")
        #expect(screen.session.exitStatus() == 130)
        screen.expectTerminalRestored()
    }

    @Test("a Cyrillic title arrives intact")
    func cyrillicTitle() async throws {
        let (sandbox, screen) = try await start()
        defer { Task { await sandbox.stop() } }
        let title = "Офис на Ленина, 1-й этаж"
        try screen.fillDraft(title: title, server: "sip.provider.example", login: "user100", password: Self.password)
        try screen.waitFor(title)
        screen.press("Enter")
        try screen.waitFor("is connected to Bitrix24")
        #expect(await sandbox.lines().first?["TITLE"]?.stringValue == title)
        screen.quitFromResult()
    }

    @Test("resize to 60×20 shows the enlarge screen, growing back restores every value")
    func resizeKeepsInput() async throws {
        let (sandbox, screen) = try await start()
        defer { Task { await sandbox.stop() } }
        screen.press("Enter")
        try screen.waitFor("Connection name")
        screen.type("Kept through resize")
        try screen.waitFor("Kept through resize")
        screen.session.resize(columns: 60, rows: 20)
        try screen.waitFor("needs a terminal of at least 80×24 (this one is")
        try screen.waitFor("60×20")
        screen.session.resize(columns: 80, rows: 24)
        let back = try screen.waitFor("Kept through resize")
        #expect(back.contains("Connection name"))
        screen.press("C-c")
        try screen.waitFor("Quit sipline?")
        screen.press("n")
        try screen.waitUntil("the quit question gone") { !$0.contains("Quit sipline?") }
        screen.press("C-c")
        try screen.waitFor("Quit sipline?")
        screen.press("Enter")
        #expect(screen.session.exitStatus() == 130)
        screen.expectTerminalRestored()
        #expect(await sandbox.lines().isEmpty)
    }

    @Test("Ctrl-C with nothing typed quits at once; the terminal is given back as it was")
    func ctrlCWithoutInput() async throws {
        let (sandbox, screen) = try await start()
        defer { Task { await sandbox.stop() } }
        screen.press("C-c")
        #expect(screen.session.exitStatus() == 130)
        screen.expectTerminalRestored()
    }
}
