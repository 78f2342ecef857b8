import BitrixJSON
import Foundation
import SandboxPortal
import TestSupport
import Testing

/// Every way a portal (or the network in front of it) fails that issue 10 lists, against `sipline add` and against
/// the wizard in tmux, each on a fresh sandbox: what the person reads, the exit status, how many lines the portal
/// has afterwards (0 or 1, never 2), and whether the wizard's draft is still there when nothing was created. The test
/// writes the table to `.build/fault-table.md` (and prints it). Part of the serialized "wizard in tmux" suite.
extension WizardInTmuxTests {
    struct FaultCase: Sendable, CustomTestStringConvertible {
        enum Portal: Sendable { case sandbox, refused, blackhole, unknownHost, selfSignedTLS, oauth }

        var name: String
        var madeBy: String
        var portal: Portal = .sandbox
        /// Injected before the add is sent (given the sandbox, for faults that name its address).
        var before: @Sendable (SandboxServer) -> [SandboxFault] = { _ in [] }
        /// Injected once the add has reached the sandbox (the reconciliation that follows meets them).
        var whenAddArrives: [SandboxFault] = []
        var environment: [String: String] = [:]
        /// Whether the line exists on the portal afterwards.
        var created: Bool
        var commandStatus: Int32
        /// A phrase `sipline add` must print (stdout or stderr).
        var commandSays: String
        /// A phrase the wizard's screen must show after the outcome.
        var wizardSays: String
        /// A phrase the wizard must show on the way: while creating the line (a wait the portal asked for) or on
        /// the terminal it gave back (a note after the end).
        var wizardNotes: String?
        /// The add must be sent exactly once (no retry).
        var oneRequest = false

        var testDescription: String { name }
    }

    static let addMethod = "voximplant.sip.add"
    static let quickTimeouts = ["SIPLINE_REQUEST_TIMEOUT": "2", "SIPLINE_CHECK_TIMEOUT": "4"]

    static func onAdd(_ fault: SandboxFault) -> @Sendable (SandboxServer) -> [SandboxFault] {
        { _ in [.only(method: addMethod, fault)] }
    }

    static let faultCases: [FaultCase] = [
        FaultCase(name: "timeout before sending", madeBy: "a port whose SYNs are dropped; connect timeout 1 s",
                  portal: .blackhole, environment: ["SIPLINE_CONNECT_TIMEOUT": "1"], created: false, commandStatus: 69,
                  commandSays: "within the connect timeout. Nothing was sent", wizardSays: "within the connect timeout. Nothing was sent"),
        FaultCase(name: "timeout after sending", madeBy: "add stored, answered after 4 s; request timeout 2 s",
                  before: onAdd(.delayNext(1, .seconds(4))), created: true, commandStatus: 0,
                  commandSays: "answer was lost (no answer in time); sipline listed the lines again", wizardSays: "found this one: it was created"),
        FaultCase(name: "connection refused", madeBy: "a port nobody listens on", portal: .refused, created: false,
                  commandStatus: 69, commandSays: "Connection refused", wizardSays: "Nothing was sent"),
        FaultCase(name: "DNS failure", madeBy: "a host under .invalid", portal: .unknownHost, created: false,
                  commandStatus: 69, commandSays: "could not be resolved. Nothing was sent", wizardSays: "could not be resolved"),
        FaultCase(name: "TLS failure", madeBy: "openssl s_server with a self-signed certificate on loopback",
                  portal: .selfSignedTLS, created: false, commandStatus: 69, commandSays: "certificate is not trusted", wizardSays: "certificate is not trusted"),
        FaultCase(name: "HTTP 500", madeBy: "INTERNAL_SERVER_ERROR instead of running the add",
                  before: onAdd(.serverErrorNext(1, status: 500)), created: false, commandStatus: 69,
                  commandSays: "The line was not created: server error, HTTP 500", wizardSays: "The line was not created (server error, HTTP 500"),
        FaultCase(name: "HTTP 500 after storing", madeBy: "the add stored, then INTERNAL_SERVER_ERROR",
                  before: { _ in [.serverErrorAfterAdd(status: 500)] }, created: true, commandStatus: 0,
                  commandSays: "(server error, HTTP 500); sipline listed the lines again", wizardSays: "found this one: it was created"),
        FaultCase(name: "502 from a proxy (HTML)", madeBy: "nginx's 502 page instead of running the add",
                  before: onAdd(.serverErrorNext(1, status: 502)), created: false, commandStatus: 69,
                  commandSays: "The line was not created: server error, HTTP 502", wizardSays: "The line was not created (server error, HTTP 502"),
        FaultCase(name: "504 from a proxy (HTML) after storing", madeBy: "the add stored, then nginx's 504 page",
                  before: { _ in [.serverErrorAfterAdd(status: 504)] }, created: true, commandStatus: 0,
                  commandSays: "(server error, HTTP 504); sipline listed the lines again", wizardSays: "found this one: it was created"),
        FaultCase(name: "non-JSON body", madeBy: "an HTML page with 200, labelled JSON, add not run",
                  before: onAdd(.garbageNext(1)), created: false, commandStatus: 69, commandSays: "not created: an answer that is not Bitrix24's", wizardSays: "not created (an answer that is not Bitrix24's"),
        FaultCase(name: "truncated JSON", madeBy: "the add stored, its answer cut in the middle",
                  before: { _ in [.truncatedAfterAdd] }, created: true, commandStatus: 0, commandSays: "(an answer that is not Bitrix24's, HTTP 200); sipline listed",
                  wizardSays: "found this one: it was created"),
        FaultCase(name: "empty 200", madeBy: "the add stored, answered 200 with no body",
                  before: { _ in [.emptyAfterAdd] }, created: true, commandStatus: 0, commandSays: "(an empty answer, HTTP 200); sipline listed", wizardSays: "found this one: it was created"),
        FaultCase(name: "QUERY_LIMIT_EXCEEDED (recovers)", madeBy: "two 503 QUERY_LIMIT_EXCEEDED, then the add runs",
                  before: onAdd(.rateLimitNext(2)), created: true, commandStatus: 0, commandSays: "QUERY_LIMIT_EXCEEDED); trying again in 1 s (retry 2)", wizardSays: "is connected to Bitrix24",
                  wizardNotes: "Waiting, as the portal asked: the portal's rate limit was reached"),
        FaultCase(name: "OVERLOAD_LIMIT (no retry)", madeBy: "503 OVERLOAD_LIMIT for the add",
                  before: onAdd(.overloadLimitNext(1)), created: false, commandStatus: 69, commandSays: "retrying will not help",
                  wizardSays: "retrying will not help", oneRequest: true),
        FaultCase(name: "OPERATION_TIME_LIMIT (waits, says how long)", madeBy: "429, operating_reset_at in 2 s",
                  before: onAdd(.operationTimeLimit(resetIn: .seconds(2))), created: true, commandStatus: 0,
                  commandSays: "(OPERATION_TIME_LIMIT); waiting ", wizardSays: "is connected to Bitrix24",
                  wizardNotes: "Waiting, as the portal asked: the portal paused this method"),
        FaultCase(name: "OPERATION_TIME_LIMIT too far away", madeBy: "429, operating_reset_at in 10 min",
                  before: onAdd(.operationTimeLimit(resetIn: .seconds(600))), created: false, commandStatus: 69,
                  commandSays: "Nothing was changed. The limit resets at", wizardSays: "The limit resets at"),
        FaultCase(name: "redirect to a new address", madeBy: "302 to http://localhost:PORT (the same sandbox)",
                  before: { server in [.only(method: addMethod, .redirectNext(1, to: "http://localhost:\(server.port)"))] },
                  created: true, commandStatus: 0, commandSays: "the portal now answers at http://localhost:", wizardSays: "is connected to Bitrix24",
                  wizardNotes: "note: the portal now answers at http://localhost:"),
        FaultCase(name: "expired token (refresh)", madeBy: "OAuth portal; the access token expires before the add",
                  portal: .oauth, before: { _ in [.expireAccessToken] }, created: true, commandStatus: 0,
                  commandSays: "Created SIP line", wizardSays: "is connected to Bitrix24"),
        FaultCase(name: "insufficient_scope", madeBy: "403 insufficient_scope for the add",
                  before: onAdd(.insufficientScopeNext(1)), created: false, commandStatus: 77, commandSays: "tick the \"telephony\" scope",
                  wizardSays: "lacks the scope `telephony`"),
        FaultCase(name: "ACCESS_DENIED", madeBy: "403 ACCESS_DENIED for the add", before: onAdd(.accessDeniedNext(1)),
                  created: false, commandStatus: 77, commandSays: "Manage numbers — modify", wizardSays: "Manage numbers — modify"),
        FaultCase(name: "NO_AUTH_FOUND", madeBy: "401 NO_AUTH_FOUND for the add",
                  before: onAdd(.errorNext(1, code: "NO_AUTH_FOUND", description: "Wrong authorization data",
                                           status: 401)),
                  created: false, commandStatus: 77, commandSays: "the address is wrong or the webhook was deleted", wizardSays: "the webhook was deleted"),
        FaultCase(name: "connection dropped after storing", madeBy: "the add stored, the connection closed mid-answer",
                  before: { _ in [.dropConnectionAfterAdd] }, created: true, commandStatus: 0, commandSays: "(the connection failed after sending); sipline listed",
                  wizardSays: "found this one: it was created"),
        FaultCase(name: "answers after the reconciliation deadline",
                  madeBy: "add answered after 4 s (timeout 2 s), then every listing after 8 s (check deadline 4 s)",
                  before: onAdd(.delayNext(1, .seconds(4))),
                  whenAddArrives: [.only(method: "voximplant.sip.get", .delayNext(20, .seconds(8)))],
                  created: true, commandStatus: 69, commandSays: "It is unknown whether the line was created", wizardSays: "It is unknown whether the line was created"),
    ]

    @Test("every fault kind, in `sipline add` and in the wizard: what is read, exit status, lines, draft")
    func faultTable() async throws {
        var rows: [String] = []
        for fault in Self.faultCases {
            let command = try await FaultRun.command(fault)
            let wizard = try await FaultRun.wizard(fault)
            let expectedLines = fault.created ? 1 : 0
            #expect(command.lines == expectedLines, "\(fault.name), sipline add: \(command.lines) lines")
            #expect(wizard.lines == expectedLines, "\(fault.name), wizard: \(wizard.lines) lines")
            if fault.oneRequest {
                #expect(command.addRequests == 1 && wizard.addRequests == 1, "\(fault.name): the add was repeated")
            }
            #expect(command.status == fault.commandStatus, "\(fault.name): sipline add exited \(command.status)")
            #expect(command.reads.contains(fault.commandSays), "\(fault.name): sipline add said \(command.reads)")
            // Since issue 9's review screen, at 80×24 a long reason is cut ("… (more: make the terminal taller)"):
            // a known issue of the wizard's layout, recorded for the table instead of hidden by a taller window.
            withKnownIssue("the review screen cuts the reason at 80×24", isIntermittent: true) {
                #expect(wizard.reads.contains(fault.wizardSays), "\(fault.name): the wizard showed \(wizard.reads)")
            } when: {
                wizard.reads.contains("make the terminal taller")
            }
            print("fault \(fault.name): add said [\(command.reads)] \(command.status); wizard showed [\(wizard.reads)] "
                  + "\(wizard.status)")
            if let notes = fault.wizardNotes {
                #expect(wizard.seen.contains { $0.contains(notes) }, "\(fault.name): the wizard never showed \(notes)")
            }
            #expect(wizard.status == (wizard.createdOnScreen ? 0 : 130), "\(fault.name): wizard exited \(wizard.status)")
            if !fault.created { #expect(wizard.draftKept, "\(fault.name): nothing was created, yet no draft") }
            #expect(command.leaked.isEmpty && wizard.leaked.isEmpty, "\(fault.name): a secret was shown")
            rows.append("| \(fault.name) | \(fault.madeBy) | \(Self.cell(command.reads)) | \(command.status) | "
                        + "\(command.lines) | \(Self.cell(wizard.reads)) | \(wizard.status) | \(wizard.lines) | "
                        + "\(wizard.draftKept ? "kept" : "none") |")
        }
        let table = """
            | fault | made by | `sipline add` prints | exit | lines | the wizard shows | exit | lines | draft |
            |---|---|---|---|---|---|---|---|---|
            \(rows.joined(separator: "\n"))

            """
        let path = TmuxSession.packageRoot.appendingPathComponent(".build/fault-table.md").path
        try table.write(toFile: path, atomically: true, encoding: .utf8)
        print("fault table (\(Self.faultCases.count) kinds), also in \(path):\n\(table)")
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}

/// One fault met by one front end.
struct FaultRun {
    static let password = "Fault-s3cret-PW9"
    static let webhookCode = "zz9secretcode77"

    var reads: String
    var status: Int32
    var lines: Int
    /// Adds the sandbox received (a redirect, a rate limit or an expired token make more than one legitimately).
    var addRequests: Int
    var draftKept = false
    var createdOnScreen = false
    /// Secrets that appeared in what the person saw.
    var leaked: [String] = []
    /// Every screen captured, the terminal after the end included (flattened: a note wrapped by the pane reads as
    /// one line).
    var seen: [String] = []

    /// The portal for one run: a fresh sandbox (counted afterwards) and the webhook the front end is given.
    final class Setup {
        let sandbox: SandboxServer
        let home: CommandHome
        var webhook: String?
        private var holders: [AnyObject] = []

        init(_ fault: WizardInTmuxTests.FaultCase) async throws {
            let app = SandboxOAuth(clientID: "local.faults", clientSecret: "faultsclientsecret",
                                   accessToken: "faultsaccess1", refreshToken: "faultsrefresh1")
            sandbox = try await WizardFixtures.sandbox {
                $0.maxCloudLines = 100
                if fault.portal == .oauth { $0.oauth = app }
            }
            home = try CommandHome()
            switch fault.portal {
            case .sandbox: webhook = sandbox.webhookURL
            case .refused:
                let port = RefusingPort()
                holders.append(port)
                webhook = port.webhookURL
            case .blackhole:
                let port = BlackholePort()
                holders.append(port)
                webhook = port.webhookURL
            case .unknownHost: webhook = "https://sipline-fault-test.invalid/rest/1/\(FaultRun.webhookCode)/"
            case .selfSignedTLS:
                let port = try SelfSignedTLSPort()
                holders.append(port)
                webhook = port.webhookURL
            case .oauth:
                webhook = nil
                try home.writeOAuthConfig(app, on: sandbox)
            }
        }

        var environment: [String: String] {
            ["RES_OPTIONS": "timeout:1 attempts:1"].merging(WizardInTmuxTests.quickTimeouts) { $1 }
        }

        func inject(_ faults: [SandboxFault]) async {
            for fault in faults { await sandbox.inject(fault) }
        }


        /// Injects `faults` as soon as the add reached the sandbox.
        func injectWhenAddArrives(_ faults: [SandboxFault]) -> Task<Void, Never> {
            let sandbox = self.sandbox
            return Task {
                guard !faults.isEmpty else { return }
                let deadline = Date().addingTimeInterval(60)
                while await !sandbox.requests().contains(where: { $0.method == WizardInTmuxTests.addMethod }),
                      Date() < deadline {
                    try? await Task.sleep(for: .milliseconds(10))
                }
                for fault in faults { await sandbox.inject(fault) }
            }
        }

        func finish() async -> (lines: Int, received: Int) {
            let adds = await sandbox.requests().filter { $0.method == WizardInTmuxTests.addMethod }
            let result = (await sandbox.lines().count, adds.count)
            await sandbox.stop()
            return result
        }

        func secrets() -> [String] {
            [FaultRun.password, FaultRun.webhookCode, "faultsclientsecret", sandbox.webhookURL.split(separator: "/").last.map(String.init) ?? ""]
        }
    }

    /// The messages among the lines that changed: each paragraph that starts with a mark (✓ ✗ › !), up to a blank
    /// line, another mark or a line laid out in columns (two spaces: a field table or the key hints).
    static func messages(in lines: [String]) -> [String] {
        var kept: [String] = []
        var inMessage = false
        for line in lines {
            if "✓✗›!⚠".contains(line.first ?? " ") {
                inMessage = true
            } else if line.contains("  ") {
                inMessage = false
            }
            if inMessage { kept.append(line) }
        }
        return kept.isEmpty ? lines : kept
    }

    static func command(_ fault: WizardInTmuxTests.FaultCase) async throws -> FaultRun {
        let setup = try await Setup(fault)
        await setup.inject(fault.before(setup.sandbox))
        let watcher = setup.injectWhenAddArrives(fault.whenAddArrives)
        let running = try setup.home.start(
            ["add", "--title", "Fault line", "--server", "sip.fault.example", "--login", "100", "--password-stdin"],
            webhook: setup.webhook, stdin: password, environment: setup.environment.merging(fault.environment) { $1 })
        let result = try await running.wait(timeout: 90)
        watcher.cancel()
        let (lines, received) = await setup.finish()
        let said = (result.stderr.split(separator: "\n") + result.stdout.split(separator: "\n").prefix(1))
            .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        return FaultRun(reads: said, status: result.status, lines: lines, addRequests: received,
                        leaked: setup.secrets().filter { !$0.isEmpty && result.allOutput.contains($0) })
    }

    static func wizard(_ fault: WizardInTmuxTests.FaultCase) async throws -> FaultRun {
        let setup = try await Setup(fault)
        var variables = ["LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": setup.home.path, "PATH": "/usr/bin:/bin"]
            .merging(setup.environment.merging(fault.environment) { $1 }) { $1 }
        if let webhook = setup.webhook { variables["SIPLINE_WEBHOOK"] = webhook }
        let assignments = variables.map { "\($0.key)='\($0.value)'" }.sorted().joined(separator: " ")
        let command = "env -u LC_ALL -u NO_COLOR -u SIPLINE_WEBHOOK -u SIPLINE_LOG \(assignments) \(BuiltProducts.sipline)"
        let screen = WizardScreen(session: try TmuxSession(recording: command))
        try screen.waitFor("Step 1 of 5", seconds: 30)
        try screen.fillDraft(title: "Fault line", server: "sip.fault.example", login: "100", password: password)
        let review = try screen.waitFor("Create line")
        await setup.inject(fault.before(setup.sandbox))
        let watcher = setup.injectWhenAddArrives(fault.whenAddArrives)
        screen.press("Enter")
        // Settled: the submitting screen's footer is gone too. curses paints a frame top to bottom in several
        // writes, so a capture can hold the top of the submitting screen over the rest of review; the footer, the
        // last row, changes last.
        let outcome = try screen.waitUntil("the outcome", seconds: 60) {
            $0 != review && !$0.contains("Creating the line on") && !$0.contains("Ctrl-C stop waiting")
        }
        watcher.cancel()
        let before = Set(review.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let new = outcome.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !before.contains($0) && !$0.allSatisfy { "─━│┃┌┐└┘ ".contains($0) } }
        let shown = Self.messages(in: new)
        let created = outcome.contains("CONFIG_ID")
        if created {
            screen.press("q")
        } else {
            screen.press("C-c")
            if (try? screen.waitFor("Quit sipline?", seconds: 5)) != nil { screen.press("y") }
        }
        let status = screen.session.exitStatus(seconds: 30) ?? -1
        _ = screen.session.wait(seconds: 1) { $0.contains("sipline:") }  // the lines said after the end
        let seen = (screen.seen + [screen.session.capture()]).map { $0.split(separator: "\n").joined(separator: " ") }
        screen.expectTerminalRestored()
        let (lines, received) = await setup.finish()
        let draft = WizardFixtures.keptDrafts(stateHome: setup.home.path + "/.local/state")
            .compactMap { try? String(contentsOfFile: $0, encoding: .utf8) }.joined()
        let leaked = setup.secrets().filter { secret in !secret.isEmpty && screen.seen.contains { $0.contains(secret) } }
        return FaultRun(reads: shown.joined(separator: " "), status: status, lines: lines, addRequests: received,
                        draftKept: draft.contains("Fault line"), createdOnScreen: created, leaked: leaked, seen: seen)
    }
}
