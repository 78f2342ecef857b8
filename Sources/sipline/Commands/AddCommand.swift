import ArgumentParser
import BitrixJSON
import PortalConfig
import SIPLineService
import TextSafety
import Words

/// `sipline add`: creates one SIP line (voximplant.sip.add) without the wizard.
struct AddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "add", abstract: .addAbstract, discussion: .addDiscussion)

    @Option(help: .words(.addTitle, valueName: "title")) var title: String
    @Option(help: .words(.addServer, valueName: "server")) var server: String
    @Option(help: .words(.addLogin, valueName: "login")) var login: String
    @Option(help: .words(.addType)) var type: PBXType = .cloud
    @OptionGroup(title: processWords(HelpPhrase.passwordGroup)) var password: PasswordOptions
    @OptionGroup var common: CommonOptions
    @Flag(name: .customLong("show-secrets"), help: .words(.showSecrets)) var showSecrets = false

    func validate() throws {
        guard password.isGiven else { throw ValidationError(processWords(AddPhrase.passwordMissing)) }
    }

    func run() async throws {
        let output = common.output
        let secret: String
        do { secret = try password.read() ?? "" } catch { throw output.fail(error) }
        let draft = LineDraft(type: type, title: title, server: server, login: login, password: secret)

        // Checked before the portal is even resolved: an invalid field sends nothing, whatever the portal.
        let issues = DraftValidator.validate(draft)
        if issues.blocksSending {
            throw output.fail(CommandFailure(SIPLineError.invalidDraft(issues)))
        }

        let context = try CommandContext.open(common, extraSecrets: [secret])
        let preflight = try await context.perform { service throws(SIPLineError) in try await service.preflight() }
        // Warnings and notices go to stderr in both modes: stdout keeps the one JSON document.
        for issue in DraftValidator.validate(draft, knownTitles: preflight.titles) where issue.severity != .error {
            // The words quote what was typed: shown, never interpreted.
            StandardStreams.printError(VisibleText.escapeLines(processWords(
                issue.severity == .warning ? AddPhrase.warning(issue.phrase) : .note(issue.phrase))))
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
                status: .unavailable, code: "NOT_CREATED", message: AddPhrase.notCreated(reason: reason)))
        case .success(.unknown(let reason)):
            throw output.fail(CommandFailure(status: .unavailable, code: "OUTCOME_UNKNOWN",
                                             message: AddPhrase.outcomeUnknown(reason: reason)))
        }
    }

    private func report(_ line: CreatedLine, context: CommandContext, note: AnyPhrase?) {
        let record = HistoryRecord(portal: context.portal.host, configID: line.configID, type: line.type.rawValue,
                                   title: line.title, server: line.server, login: line.login)
        do { try LineHistory(paths: context.paths).append(record) } catch {
            StandardStreams.printError(processWords(AddPhrase.historyNotRecorded(reason: error.phrase)))
        }
        if let note { StandardStreams.printError(processWords(AddPhrase.foundAfterCheck(reason: note))) }
        if common.json {
            context.output.emit(LineJSON.line(line, revealSecrets: showSecrets))
        } else {
            StandardStreams.print(CreatedLineBlock.render(line, host: context.portal.host, revealSecrets: showSecrets,
                                                   words: processWords))
        }
    }
}

extension PBXType: ExpressibleByArgument {}
