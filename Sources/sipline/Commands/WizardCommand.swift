import ArgumentParser
import Bitrix24REST
import PortalConfig
import SIPLineService
import TerminalUI
import WizardCore
import Words
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `sipline` / `sipline wizard`: the full-screen wizard from PBX type to a created line.
struct WizardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "wizard", abstract: .wizardAbstract, discussion: .wizardDiscussion)

    @Flag(help: .words(.wizardSandbox))
    var sandbox = false

    @Flag(name: .customLong("no-color"), help: .words(.wizardNoColor))
    var noColor = false

    @OptionGroup var portal: PortalOptions

    @Option(name: .customLong("log-file"), help: .words(.wizardLogFile, valueName: "path"))
    var logFile: String?

    @OptionGroup var language: LanguageOption

    func run() async throws {
        let environment = ProcessEnvironment.current
        let logPath = logFile ?? environment["SIPLINE_LOG"].flatMap { $0.isEmpty ? nil : $0 }
        var resolved: ResolvedWizardPortal?
        do {
            resolved = try await ResolvedWizardPortal.resolve(
                sandbox: sandbox, portal: portal, logPath: logPath, environment: environment)
        } catch {
            // No portal named anywhere: the wizard asks for one on its portal screen.
            guard case .portal(let reason) = error, reason.kind == .noPortal else {
                Terminal.printError(error.description)
                throw ExitCode(error.exitStatus.rawValue)
            }
        }
        let directory = currentDirectory()
        let start: WizardStart = resolved.map {
            .portal(WizardPortal(connection: $0.connection, redactedWebhook: $0.redactedWebhook, isSandbox: $0.isSandbox),
                    currentDirectory: directory)
        } ?? .portalScreen(currentDirectory: directory)
        let sandboxURL = resolved?.sandbox?.webhookURL
        let connect: WizardPortalConnector = { (url: String) throws(CredentialsError) -> WizardPortal in
            try WizardPortal.webhook(url, logPath: logPath, sandboxWebhookURL: sandboxURL)
        }
        let paths = SiplinePaths(environment: environment)
        let recorder: @Sendable (CreatedLine, WizardPortal) -> Void = { line, portal in
            guard !portal.isSandbox else { return }
            let record = HistoryRecord(portal: portal.host, configID: line.configID, type: line.type.rawValue,
                                       title: line.title, server: line.server, login: line.login)
            try? LineHistory(paths: paths).append(record)
        }
        let options = TerminalOptions(noColor: noColor)
        let drafts = WizardDrafts(store: DraftStore(paths: paths))
        let outcome: Result<WizardRunOutcome, TerminalUnavailable> = await runOnUIThread {
            Result { () throws(TerminalUnavailable) in
                try WizardRuntime.run(start: start, connect: connect, savePortal: WizardPortal.configSaver(paths: paths),
                                      options: options, drafts: drafts, onCreated: recorder)
            }
        }
        if case .success(let run) = outcome { await run.portal?.shutdown() }
        await resolved?.connection.close()
        await resolved?.sandbox?.stop()
        switch outcome {
        case .success(let run):
            if let summary = run.summary { print(summary) }
            if run.exitCode != 0 { throw ExitCode(run.exitCode) }
        case .failure(let unavailable):
            Terminal.printError("sipline: \(unavailable.description)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}

private func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
