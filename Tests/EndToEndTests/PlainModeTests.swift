import Foundation
import SandboxPortal
import Testing
import TestSupport

/// The wizard as plain line prompts, driven by a pipe the way a script or `expect` would: the same core as the full
/// screen, whole lines in, plain text out.
@Suite struct PlainModeTests {
    static let password = "Pl41n-s3cret-PW"

    /// `sipline --plain` on `sandbox` with `answers` as its input lines, in `home` (a fresh one unless given); the
    /// output is checked to be plain (`expectPlain`) whatever else the test checks.
    private func plain(_ sandbox: SandboxServer, _ answers: [String], in home: CommandHome? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) async throws -> CommandRun {
        let home = try home ?? CommandHome()
        let run = try await home.run(["--plain"], webhook: sandbox.webhookURL,
                                     stdin: answers.joined(separator: "\n") + "\n")
        expectPlain(run, sourceLocation: sourceLocation)
        return run
    }

    /// Plain output: no escape sequence of any kind, no line over 80 columns, no secret.
    private func expectPlain(_ run: CommandRun, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!run.stdout.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B }, sourceLocation: sourceLocation)
        let long = run.stdout.split(separator: "\n").filter { $0.count > 80 }
        #expect(long.isEmpty, "lines over 80 columns: \(long)", sourceLocation: sourceLocation)
        #expect(!run.allOutput.contains(Self.password), sourceLocation: sourceLocation)
    }

    /// The output with line breaks and the indentation of wrapped lines folded into single spaces.
    private func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func aCloudLineFromAPipe() async throws {
        try await withSandbox { sandbox in
            let run = try await plain(sandbox, ["", "Main office", "sip.provider.example", "user100", Self.password,
                                                "y", ""])
            #expect(run.status == 0)
            #expect(run.stdout.contains("Step 1 of 5 · PBX type"))
            #expect(run.stdout.contains("Main office is connected to Bitrix24 as a cloud PBX line."))
            #expect(run.stdout.contains("Registration: registered (200 OK)"))
            #expect(run.stdout.contains("sipline: created cloud line \"Main office\""))
            let line = try #require(await sandbox.lines().first)
            #expect(line["TITLE"]?.stringValue == "Main office")
            #expect(line["PASSWORD"]?.stringValue == Self.password)
        }
    }

    @Test func anOfficeLineShowsTheIncomingCredentialsHiddenUnlessAsked() async throws {
        try await withSandbox { sandbox in
            let home = try CommandHome()
            let run = try await plain(sandbox, ["2", "Warehouse", "pbx.office.example", "office1", Self.password,
                                                "", ""], in: home)
            #expect(run.status == 0)
            let line = try #require(await sandbox.lines().first)
            let incoming = try #require(line["INCOMING_PASSWORD"]?.stringValue)
            #expect(run.stdout.contains("Login:    \(line["INCOMING_LOGIN"]?.stringValue ?? "?")"))
            #expect(run.stdout.contains("Password: (hidden)"))
            #expect(!run.stdout.contains(incoming))

            let shown = try await home.run(["--plain", "--show-secrets"], webhook: sandbox.webhookURL,
                                           stdin: ["2", "Store", "pbx.office.example", "office2", Self.password, "", ""]
                                               .joined(separator: "\n") + "\n")
            let second = try #require(await sandbox.lines().first { $0["TITLE"]?.stringValue == "Store" })
            #expect(shown.stdout.contains(try #require(second["INCOMING_PASSWORD"]?.stringValue)))
        }
    }

    @Test func anInvalidServerAndATitleInUseAreAskedAgain() async throws {
        try await withSandbox { sandbox in
            try await SandboxRequests.add(sandbox, title: "Taken", server: "other.example", login: "x")
            // An invalid server is refused and asked again; a title another line has is warned about once and kept
            // with a second Enter; the portal's TITLE_EXISTS (for a line this webhook cannot see) asks the name again.
            let run = try await plain(sandbox, ["", "Taken", "", "sip:user@sip.provider.example", "sip.provider.example",
                                                "user100", Self.password, "y", "Taken 2", "", ""])
            let said = flat(run.stdout)
            #expect(said.contains("Error: The server is a SIP address (sip:…); the portal needs only the host and port: "
                + "use sip.provider.example."))
            #expect(said.contains("Server [sip:user@sip.provider.example]: "))
            #expect(said.contains("Warning: A line named \"Taken\" already exists on this portal"))
            #expect(said.contains("Name [Taken]: "))
            #expect(said.contains("Error: A line named \"Taken\" already exists on this portal. Choose another name."))
            #expect(run.status == 0)
            let titles = await sandbox.lines().compactMap { $0["TITLE"]?.stringValue }.sorted()
            #expect(titles == ["Taken", "Taken 2"])
        }
    }

    @Test func theEndOfInputQuitsAndKeepsTheDraft() async throws {
        try await withSandbox { sandbox in
            let home = try CommandHome()
            let run = try await plain(sandbox, ["", "Half typed", "sip.provider.example"], in: home)
            #expect(run.status == 130)
            #expect(run.stdout.hasSuffix("sipline: no line created; the draft \"Half typed\" is kept for the next start\n"))
            #expect(await sandbox.lines().isEmpty)
            let folder = home.file(".local/state/sipline/drafts")
            let drafts = try FileManager.default.contentsOfDirectory(atPath: folder)
            #expect(drafts.count == 1)
            let kept = try String(contentsOfFile: folder + "/" + drafts[0], encoding: .utf8)
            #expect(kept.contains("Half typed") && kept.contains("sip.provider.example"))

            // The next run offers it; Enter continues it and the form is filled.
            let next = try await plain(sandbox, ["", "", "", "", "user100", Self.password, "y", ""], in: home)
            #expect(flat(next.stdout).contains("Continue the draft \"Half typed\" at sip.provider.example"))
            #expect(next.stdout.contains("Name [Half typed]: "))
            #expect(next.status == 0)
            #expect(await sandbox.lines().first?["TITLE"]?.stringValue == "Half typed")
            #expect((try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty ?? true)
        }
    }

    @Test func plainIsChosenWhenNothingIsATerminalAndSaysWhy() async throws {
        try await withSandbox { sandbox in
            let home = try CommandHome()
            let run = try await home.run([], webhook: sandbox.webhookURL, stdin: "")
            #expect(run.stderr.contains("plain line prompts, because standard input and output must be a terminal"))
            #expect(run.stdout.contains("Step 1 of 5 · PBX type"))
            #expect(run.status == 130)
        }
    }
}
