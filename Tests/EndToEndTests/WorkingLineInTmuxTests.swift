import Foundation
import SandboxPortal
import TestSupport
import Testing

/// From created to working, with the real binary in tmux: the office PBX's configuration (`c`), the default
/// outgoing line (`d`) on an office and a cloud result, a refused password fixed in place (`e`), and the server's
/// background check. Part of the serialized "wizard in tmux" suite.
extension WizardInTmuxTests {
    @Test("c shows the office PBX's configuration; d makes lines default; e fixes a 401 and the line registers")
    func fromCreatedToWorking() async throws {
        let (sandbox, screen) = try await start()
        defer { Task { await sandbox.stop() } }

        // An office line, its configuration in two formats, its generated password revealed only on request.
        try screen.fillDraft(office: true, title: "Warehouse PBX", server: "pbx.office.example", login: "office1",
                             password: Self.password)
        screen.press("Enter")
        try screen.waitFor("Now set up your office PBX")
        let office = try #require(await sandbox.lines().first)
        let incoming = try #require(office["INCOMING_PASSWORD"]?.stringValue)
        let officeID = try #require(office["CONFIG_ID"]?.stringValue)
        screen.press("c")
        try screen.waitFor("type=registration")
        screen.press("3")
        let generic = try screen.waitFor("Transport:")
        #expect(!generic.contains(incoming))
        screen.press("r")
        try screen.waitFor(incoming)
        screen.press("Escape")
        try screen.waitFor("Now set up your office PBX")
        // A fresh portal's default is its base number; the first line took its place, as real portals do.
        screen.press("d")
        try screen.waitFor("already is the default outgoing line")
        #expect(await sandbox.defaultOutgoingLine() == "sip\(officeID)")

        // A cloud line with a password the provider refuses: fixed from the result screen, registered, made default.
        screen.press("n")
        try screen.waitFor("Lines this webhook can see: 1")
        screen.press("1")
        try screen.fillDraft(title: "Front desk", server: "sip.provider.example", login: "user100",
                             password: "wrong-" + Self.password)
        screen.press("Enter")
        try screen.waitFor("The provider refused the login or password (401)", seconds: 30)
        screen.press("e")
        try screen.waitFor("Fix what the provider refused")
        screen.type(Self.password)
        screen.press("Enter")
        try screen.waitFor("registered (200 OK)", seconds: 30)
        let lines = await sandbox.lines()
        #expect(lines.count == 2, "nothing created twice")
        let cloud = try #require(lines.first { $0["TITLE"]?.stringValue == "Front desk" })
        #expect(cloud["PASSWORD"]?.stringValue == Self.password)
        let regID = try #require(cloud["REG_ID"]?.stringValue)
        screen.press("d")
        let made = try screen.waitFor("now: this line")
        #expect(made.contains("Was: office SIP line sip\(officeID)"))
        #expect(await sandbox.defaultOutgoingLine() == "reg\(regID)")
        screen.quitFromResult()
        screen.expectTerminalRestored()
        screen.expectNeverShown(Self.password)
    }

    @Test("a server that does not resolve is warned about on the server step before anything is sent")
    func serverWarningBeforeSending() async throws {
        let (sandbox, screen) = try await start()
        defer { Task { await sandbox.stop() } }
        screen.press("Enter")
        try screen.waitFor("Connection name")
        screen.type("Test line")
        screen.press("Enter")
        try screen.waitFor("Step 3 of 5")
        screen.type("sip.provider.invalid")
        screen.press("Enter")
        try screen.waitFor("Credentials", seconds: 5)  // Enter moved on at once, whatever the check finds
        screen.press("Escape")
        // No nameserver reachable from the test machine says so instead; either way it is a warning, no error.
        let warned = try screen.waitUntil("the server check's warning", seconds: 40) {
            $0.contains("sip.provider.invalid does not resolve") || $0.contains("sip.provider.invalid could not be looked up")
        }
        #expect(warned.contains("! sip.provider.invalid"))
        #expect(await sandbox.lines().isEmpty)
        #expect(await !sandbox.portalCalls().contains { $0.method == "voximplant.sip.add" })
        screen.press("C-c")
        try screen.waitFor("Quit sipline?")
        screen.press("y")
        #expect(screen.session.exitStatus() == 130)
    }
}
