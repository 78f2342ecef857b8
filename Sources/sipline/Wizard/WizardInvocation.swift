import ArgumentParser
import Bitrix24REST
import PortalConfig
import ServerCheck
import SIPLineService
import TerminalUI
import TextSafety
import WizardCore
import Words
import Platform

/// What a wizard run was asked for, as plain values, and the run itself. `WizardCommand` (ArgumentParser) makes one;
/// so does `switchesOnly` for the commonest starts (`sipline`, `sipline --sandbox`), read straight from the command
/// line: ArgumentParser's reflection of the wizard's options costs about 12 million instructions before the first
/// frame (bench/STARTUP.md), more than the wizard's whole start on the terminal.
struct WizardInvocation {
    /// The wizard's flags without a value; their names are also `WizardCommand`'s.
    enum Switch: String, CaseIterable {
        case sandbox
        case plain
        case showSecrets = "show-secrets"
        case noColor = "no-color"
    }

    var switches: Set<Switch> = []
    var portal = PortalRequest()
    var logFile: String?

    /// The invocation for arguments that are only the wizard's switches, each at most once (none at all included);
    /// nil for anything else (another command, an option with a value, --help, a mistake), which ArgumentParser
    /// then parses and, where needed, explains.
    static func switchesOnly(_ arguments: [String]) -> WizardInvocation? {
        var invocation = WizardInvocation()
        for argument in arguments {
            guard argument.hasPrefix("--"), let found = Switch(rawValue: String(argument.dropFirst(2))),
                  invocation.switches.insert(found).inserted else { return nil }
        }
        return invocation
    }

    func run() async throws {
        let environment = ProcessEnvironment.current
        let logPath = logFile ?? environment["SIPLINE_LOG"].flatMap { $0.isEmpty ? nil : $0 }
        let paths = SiplinePaths(environment: environment)
        try Self.refuseUnusableDrafts(DraftStore(paths: paths))
        let waits = PortalWaits()
        let resolved = try await resolvePortal(logPath: logPath, environment: environment, onWait: waits.tell)
        let start = WizardStart(portal: resolved.map { WizardPortal(connection: $0.connection, isSandbox: $0.isSandbox) },
                                currentDirectory: currentDirectory(), words: processWords)
        let sandboxURL = resolved?.sandbox?.webhookURL
        let connect: WizardPortalConnector = { (url: String) throws(CredentialsError) -> WizardPortal in
            try WizardPortal.webhook(url, logPath: logPath, sandboxWebhookURL: sandboxURL, onWait: waits.tell)
        }
        let options = TerminalOptions(noColor: switches.contains(.noColor))
        // SIPLINE_NAMESERVER (ip[:port]) asks one nameserver instead of the system's, as `check --nameserver` does.
        let nameserver = environment["SIPLINE_NAMESERVER"].flatMap(CheckCommand.nameserver)
        let checker = ServerChecker(resolver: LibresolvResolver(nameserver: nameserver))
        let (plainWanted, reveal) = (switches.contains(.plain), switches.contains(.showSecrets))
        let run: WizardRunOutcome = await runOnUIThread {
            // The drafts live on the UI thread, where every effect is carried out.
            let around = WizardEffects.Surroundings(connect: connect, savePortal: Self.configSaver(paths: paths),
                                                    drafts: WizardDraftFiles(store: DraftStore(paths: paths)),
                                                    history: LineHistory(paths: paths), serverChecker: checker,
                                                    portalWaits: waits)
            if !plainWanted {
                do throws(TerminalUnavailable) {
                    return try WizardRuntime.run(start: start, around: around, options: options)
                } catch {
                    // No terminal a full screen can be drawn on: the same wizard as plain prompts, said once.
                    StandardStreams.printError(processWords(PlainPhrase.chosenBecause(processWords(error.phrase))))
                }
            }
            LocaleSetup.apply()
            return PlainRuntime.run(start: start, around: around,
                                    options: PlainRuntime.Options(revealSecrets: reveal, unicode: LocaleSetup.isUTF8))
        }
        await run.portal?.sayIfMoved()
        await run.portal?.shutdown()
        await resolved?.connection.close()
        await resolved?.sandbox?.stop()
        if let failure = run.draftFailure {
            StandardStreams.printError(VisibleText.escape(processWords(SummaryPhrase.draftNotKept(failure))))
        }
        for line in WizardExit.summary(run.reason, keptDraft: run.keptDraft, words: processWords) {
            print(VisibleText.escape(line))
        }
        let status = WizardExit.status(run.reason)
        if status != .success { throw ExitCode(status.rawValue) }
    }

    /// A draft file that is there but cannot be used (corrupt or cut short, a symbolic link, a FIFO, another
    /// user's) stops the wizard before anything starts, naming the file (exit 78): offering the drafts without it
    /// would hide a form the person may be looking for, and it is never overwritten or removed.
    private static func refuseUnusableDrafts(_ store: DraftStore) throws {
        let unusable = store.unusable()
        guard !unusable.isEmpty else { return }
        for error in unusable { StandardStreams.printError("sipline: " + VisibleText.escapeLines(processWords(error.phrase))) }
        throw ExitCode(ExitStatus.configuration.rawValue)
    }

    /// The portal the command line, the environment or the config file names, or the in-process sandbox; nil when
    /// nothing names one (the wizard then asks on its portal screen).
    private func resolvePortal(logPath: String?, environment: [String: String],
                               onWait: @escaping @Sendable (ClientWait) -> Void) async throws -> ResolvedWizardPortal? {
        do {
            return try await ResolvedWizardPortal.resolve(sandbox: switches.contains(.sandbox), portal: portal, logPath: logPath,
                                                          environment: environment, onWait: onWait)
        } catch {
            guard case .portal(let reason) = error, reason.kind == .noPortal else {
                StandardStreams.printError(error.description)
                throw ExitCode(error.exitStatus.rawValue)
            }
            return nil
        }
    }

    /// Saves a checked webhook as a named portal of the config file (0600 in a 0700 directory, under the config
    /// lock); the first portal saved becomes the default.
    static func configSaver(paths: SiplinePaths) -> @Sendable (String, String) async -> AnyPhrase? {
        { name, webhookURL in
            do throws(ConfigError) {
                try await ConfigStore(paths: paths).savePortal(name, .webhook(webhookURL), makeDefault: false)
                return nil
            } catch {
                return AnyPhrase(error.phrase)
            }
        }
    }
}

private func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    guard getcwd(&buffer, buffer.count) != nil else { return "." }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
