import ArgumentParser
import Bitrix24REST
import SandboxPortal
import SIPLineService
import TerminalUI
import WizardCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// `sipline` / `sipline wizard`: the full-screen wizard from PBX type to a created line.
struct WizardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wizard",
        abstract: "Create a SIP line step by step in a full-screen wizard (the default command).",
        discussion: """
            Try it without touching a real portal:
              sipline --sandbox
            Against a portal (the webhook needs the telephony scope):
              SIPLINE_WEBHOOK=https://b24-4711.bitrix24.com/rest/1/<code>/ sipline
            """
    )

    @Flag(help: "Run against the built-in sandbox portal on loopback: nothing leaves the machine.")
    var sandbox = false

    @Flag(name: .customLong("no-color"), help: "No colours (NO_COLOR in the environment does the same).")
    var noColor = false

    @Option(help: ArgumentHelp(
        "The portal's incoming-webhook URL. Other users can read it in the process list: prefer SIPLINE_WEBHOOK.",
        valueName: "url"))
    var webhook: String?

    func run() async throws {
        let resolved: ResolvedWizardPortal
        do {
            resolved = try await ResolvedWizardPortal.resolve(sandbox: sandbox, webhook: webhook)
        } catch let error as WizardStartError {
            printError(error.description)
            throw ExitCode(error.exitStatus.rawValue)
        }
        let service = SIPLineService(client: resolved.client)
        let context = WizardContext(
            portalHost: resolved.portalHost, redactedWebhook: resolved.redactedWebhook,
            isSandbox: resolved.sandbox != nil, currentDirectory: currentDirectory()
        )
        let options = TerminalOptions(noColor: noColor)
        let recorder = resolved.historyRecorder
        let outcome: Result<WizardRunOutcome, TerminalUnavailable> = await runOnUIThread {
            Result { () throws(TerminalUnavailable) in
                try WizardRuntime.run(context: context, service: service, options: options, onCreated: recorder)
            }
        }
        await resolved.client.shutdown()
        await resolved.sandbox?.stop()
        switch outcome {
        case .success(let run):
            if let summary = run.summary { print(summary) }
            if run.exitCode != 0 { throw ExitCode(run.exitCode) }
        case .failure(let unavailable):
            printError("sipline: \(unavailable.description)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
    }
}

private func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
