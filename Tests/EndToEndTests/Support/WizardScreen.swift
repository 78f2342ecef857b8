import Foundation
import Bitrix24REST
import BitrixJSON
import SandboxPortal
import TestSupport
import Testing

/// A TmuxSession seen as the wizard's screen: every capture is kept, so a test can check afterwards that a secret
/// never appeared on any screen it saw.
final class WizardScreen {
    let session: TmuxSession
    private(set) var seen: [String] = []

    init(session: TmuxSession) { self.session = session }

    /// The wizard in tmux, started by `env` without LC_ALL, NO_COLOR, SIPLINE_WEBHOOK (and `unset`) from the test's
    /// own environment, then with `environment` (LANG=C.UTF-8 and TERM=xterm-256color unless it says otherwise).
    static func launch(_ environment: [String: String], unset: [String] = [], columns: Int = 80,
                       rows: Int = 24) throws -> WizardScreen {
        let variables = ["LANG": "C.UTF-8", "TERM": "xterm-256color"].merging(environment) { $1 }
        let command = ["env"] + (["LC_ALL", "NO_COLOR", "SIPLINE_WEBHOOK"] + unset).map { "-u \($0)" }
            + variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [BuiltProducts.sipline]
        let session = try TmuxSession(recording: command.joined(separator: " "), columns: columns, rows: rows)
        return WizardScreen(session: session)
    }

    func press(_ key: String) { session.send(key) }
    func type(_ text: String) { session.type(text) }

    @discardableResult
    func waitFor(_ text: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil("\"\(text)\"", seconds: seconds, sourceLocation: sourceLocation) { $0.contains(text) }
    }

    /// Waits until one screen shows every one of `texts` (a screen is painted row by row, so checking the rest
    /// after the first has appeared could read a half-painted one).
    @discardableResult
    func waitForAll(_ texts: [String], seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try waitUntil(texts.map { "\"\($0)\"" }.joined(separator: " and "), seconds: seconds,
                      sourceLocation: sourceLocation) { screen in texts.allSatisfy(screen.contains) }
    }

    @discardableResult
    func waitUntil(_ what: String, seconds: Double = 15, sourceLocation: SourceLocation = #_sourceLocation,
                   _ condition: @escaping (String) -> Bool) throws -> String {
        var captures: [String] = []
        let (found, screen) = session.wait(seconds: seconds) { screen in
            captures.append(screen)
            return condition(screen)
        }
        seen.append(contentsOf: captures)
        guard found else {
            Issue.record("waited \(seconds) s for \(what); the screen:\n\(screen)", sourceLocation: sourceLocation)
            throw TmuxSession.Failure(message: "timed out waiting for \(what)")
        }
        return screen
    }

    /// Presses q on the result screen: sipline must end with status 0.
    func quitFromResult(sourceLocation: SourceLocation = #_sourceLocation) {
        press("q")
        #expect(session.exitStatus() == 0, sourceLocation: sourceLocation)
    }

    /// PBX type (cloud) → name → server → credentials → review, ready for Enter on "Create line".
    /// Fills the form from the PBX type screen to review, as a person types it: the type (office with `2`), the
    /// name, the server, the login and the password (masked while typed), each step seen before the next, known
    /// by its words in the wizard's `language`.
    func fillDraft(office: Bool = false, title: String, server: String, login: String, password: String,
                   language: FormLandmarks = .english) throws {
        if office { press("2") }
        try typeTitleAndServer(title, server, language: language)
        press("Enter")
        try waitFor(language.credentialsHeading)
        type(login)
        press("Tab")
        type(password)
        try waitFor(String(repeating: "•", count: min(password.count, 8)))
        press("Enter")
        try waitFor(language.createButton)
    }

    /// From the PBX type screen: Enter, the name, Enter, the server typed and shown (still on the server screen).
    func typeTitleAndServer(_ title: String, _ server: String, language: FormLandmarks = .english) throws {
        press("Enter")
        try waitFor(language.nameHeading)
        type(title)
        press("Enter")
        try waitFor(language.serverStep)
        type(server)
        try waitFor(server)
    }

    func expectTerminalRestored(sourceLocation: SourceLocation = #_sourceLocation) {
        guard let settings = session.terminalSettings() else {
            Issue.record("stty -g was not recorded before and after", sourceLocation: sourceLocation)
            return
        }
        #expect(settings.before == settings.after, sourceLocation: sourceLocation)
    }

    func expectNeverShown(_ secret: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let shown = seen.filter { $0.contains(secret) }
        #expect(shown.isEmpty, "the secret appeared on \(shown.count) screen(s)", sourceLocation: sourceLocation)
        #expect(!seen.isEmpty, sourceLocation: sourceLocation)
    }
}

/// The words `fillDraft` waits for on each step, written out here (not read from the catalogue) so that a run in
/// Russian fails when a screen falls back to English.
struct FormLandmarks {
    let nameHeading: String
    let serverStep: String
    let credentialsHeading: String
    let createButton: String

    static let english = FormLandmarks(nameHeading: "Connection name", serverStep: "Step 3 of 5",
                                       credentialsHeading: "Credentials", createButton: "Create line")
    static let russian = FormLandmarks(nameHeading: "Название подключения", serverStep: "Шаг 3 из 5",
                                       credentialsHeading: "Учётные данные", createButton: "Создать линию")
}

/// Lines made behind the wizard's back, through the REST client, as another app or the portal's UI would.
enum SandboxRequests {
    static func add(_ sandbox: SandboxServer, title: String, server: String, login: String) async throws {
        let client = Bitrix24Client(credentials: .webhook(try Webhook.parse(sandbox.webhookURL)))
        let result: Result<Bitrix24Response, Bitrix24Error>
        do {
            result = .success(try await client.call("voximplant.sip.add", [
                "TITLE": .string(title), "SERVER": .string(server), "LOGIN": .string(login), "PASSWORD": "pw",
            ]))
        } catch {
            result = .failure(error)
        }
        await client.shutdown()
        _ = try result.get()
    }
}
