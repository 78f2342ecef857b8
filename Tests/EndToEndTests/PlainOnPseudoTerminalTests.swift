import Foundation
import SandboxPortal
import TestSupport
import Testing

/// Plain mode on a real terminal (a pseudo-terminal the test holds), as with a screen reader or `TERM=dumb` over
/// SSH: the terminal itself echoes what is typed, so the password's question must switch its echo off, and nothing
/// the wizard writes may be an escape sequence or wider than the terminal.
@Suite("plain mode on a pseudo-terminal", .serialized)
struct PlainOnPseudoTerminalTests {
    static let password = "Pty-s3cret-PW71"

    @Test("TERM=dumb: the same wizard as lines; the password is not echoed; no escape sequence; 80 columns")
    func dumbTerminal() async throws {
        let (sandbox, home) = try await WizardFixtures.sandboxAndHome()
        defer { WizardFixtures.clean(sandbox, home: home) }
        let environment = WizardFixtures.environment(home: home, webhook: sandbox.webhookURL, term: "dumb")
            .merging(["PATH": "/usr/bin:/bin"]) { $1 }
        let terminal = try PseudoTerminal([BuiltProducts.sipline], environment: environment, controlling: true)
        let answers: [(question: String, answer: String)] = [
            ("PBX type, 1 or 2 [1]: ", ""),
            ("Name: ", "Pty line"),
            ("Server: ", "sip.provider.example"),
            ("Login: ", "user100"),
            ("Password (not shown as you type): ", Self.password),
            ("Create the line? [Y/n]", "y"),
        ]
        for (question, answer) in answers {
            #expect(await terminal.shows(question), "never asked \(question): \(terminal.text.suffix(600))")
            terminal.type(answer + "\r")
        }
        #expect(await terminal.shows("registered (200 OK)"), "\(terminal.text.suffix(600))")
        #expect(await terminal.shows("Next ["))
        terminal.type("\r")
        let ending = try #require(terminal.waitForExit(seconds: 15), "plain mode did not end")
        terminal.drain()
        #expect(ending.status == 0)

        let text = terminal.text
        #expect(text.contains("Name: Pty line"), "the terminal echoes an ordinary answer")
        #expect(!text.contains(Self.password), "the password was echoed or shown")
        #expect(!terminal.output.contains(0x1B), "an escape sequence reached the dumb terminal")
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        let wide = lines.filter { $0.count > 80 }
        #expect(wide.isEmpty, "lines over 80 columns: \(wide)")
        let line = try #require(await sandbox.lines().first)
        #expect(line["PASSWORD"]?.stringValue == Self.password)
        #expect(line["TITLE"]?.stringValue == "Pty line")
    }
}
