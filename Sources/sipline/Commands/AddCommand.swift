import ArgumentParser
import BitrixJSON
import PortalConfig
import SIPLineService
import TextSafety
import Words

/// `sipline add`: creates one SIP line (voximplant.sip.add) without the wizard.
struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Create a SIP line (voximplant.sip.add).",
        discussion: """
            The password comes only from standard input or a file, never from the command line. Fields are checked
            before anything is sent: an invalid field exits 65 with every problem listed. The add is never repeated
            blindly: if the answer is lost, sipline lists the lines again and says whether the line was created.
            Examples:
              printf '%s' "$SIP_PASSWORD" | sipline add --title "Office" --server sip.example.com --login 100 --password-stdin --portal acme
              sipline add --type office --title "Own PBX" --server pbx.example.com --login pbx --password-file ~/pbx.pw --json
            """
    )

    @Option(help: ArgumentHelp("Connection name shown in Bitrix24 (TITLE).", valueName: "title")) var title: String
    @Option(help: ArgumentHelp("SIP server: host, IPv4 or [IPv6], optional :port (SERVER).", valueName: "server")) var server: String
    @Option(help: ArgumentHelp("SIP login (LOGIN).", valueName: "login")) var login: String
    @Option(help: "cloud: Bitrix24 registers at your provider; office: your own PBX connects to Bitrix24.")
    var type: PBXType = .cloud
    @OptionGroup(title: "Password") var password: PasswordOptions
    @OptionGroup(title: "Portal") var portal: PortalOptions
    @OptionGroup var common: CommonOptions

    @Flag(name: .customLong("show-secrets"), help: "Show PASSWORD and INCOMING_PASSWORD instead of ********.")
    var showSecrets = false

    func validate() throws {
        guard password.isGiven else {
            throw ValidationError("Give the password with --password-stdin or --password-file (never on the command line).")
        }
    }

    func run() async throws {
        let output = common.output
        let secret: String
        do { secret = try password.read() ?? "" } catch { throw output.fail(error) }
        let draft = LineDraft(type: type, title: title, server: server, login: login, password: secret)

        // Checked before the portal is even resolved: an invalid field sends nothing, whatever the portal.
        let issues = DraftValidator.validate(draft)
        if issues.blocksSending {
            throw output.fail(CommandFailure(SIPLineError(kind: .invalidDraft(issues), message: "")))
        }

        let context = try CommandContext.open(portal: portal, common: common, extraSecrets: [secret])
        let preflight = try await context.perform { service throws(SIPLineError) in try await service.preflight() }
        // Warnings and notices go to stderr in both modes: stdout keeps the one JSON document.
        for issue in DraftValidator.validate(draft, knownTitles: preflight.titles) where issue.severity != .error {
            Terminal.printError("\(issue.severity == .warning ? "warning" : "note"): \(issue.message)")
        }

        let service = context.service
        let (result, interrupted) = await Interrupt.run { await service.add(draft, preflight: preflight) }
        await context.finish()
        switch result {
        case .failure(let error):
            throw output.fail(interrupted ? .interrupted : CommandFailure(error))
        case .success(.created(let line)):
            report(line, context: context, note: nil)
        case .success(.createdAfterCheck(let line, let reason)):
            report(line, context: context, note: reason)
        case .success(.notCreated(let reason)):
            throw output.fail(interrupted ? .interrupted : CommandFailure(
                status: .unavailable, code: "NOT_CREATED",
                message: "The line was not created: \(reason). It is safe to try again."))
        case .success(.unknown(let reason)):
            throw output.fail(CommandFailure(
                status: .unavailable, code: "OUTCOME_UNKNOWN",
                message: processWords(CommandNotePhrase.outcomeUnknown(reason: reason, title: VisibleText.escape(title)))))
        }
    }

    private func report(_ line: CreatedLine, context: CommandContext, note: String?) {
        let record = HistoryRecord(portal: context.portal.host, configID: line.configID, type: line.type.rawValue,
                                   title: line.title, server: line.server, login: line.login)
        do { try LineHistory(paths: context.paths).append(record) } catch {
            Terminal.printError("warning: the line was created but could not be recorded in the history: \(error)")
        }
        if let note { Terminal.printError("note: " + processWords(CommandNotePhrase.answerLostLineFound(cause: note))) }
        if common.json {
            context.output.emit(LineJSON.line(line, revealSecrets: showSecrets))
        } else {
            Terminal.print(CreatedLineBlock.render(line, host: context.portal.host, revealSecrets: showSecrets))
        }
    }
}

extension PBXType: ExpressibleByArgument {}
