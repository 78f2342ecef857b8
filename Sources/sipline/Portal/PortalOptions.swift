import ArgumentParser
import PortalConfig
import Words

/// PORTAL = `--webhook URL | --webhook-file PATH | --portal NAME`, shared by every command and the wizard.
/// Precedence (product.md): `--webhook`, `--webhook-file`, `SIPLINE_WEBHOOK`, `--portal`, the config file's default.
struct PortalOptions: ParsableArguments {
    @Option(name: .customLong("webhook"), help: .words(.webhook, valueName: "url"))
    var webhook: String?

    @Option(name: .customLong("webhook-file"), help: .words(.webhookFile, valueName: "path"))
    var webhookFile: String?

    @Option(name: .customLong("portal"), help: .words(.portal, valueName: "name"))
    var portal: String?

    var request: PortalRequest {
        PortalRequest(webhook: webhook, webhookFile: webhookFile, portalName: portal)
    }

    /// The portal to talk to (see `PortalRequest.resolve`).
    func resolvePortal(environment: [String: String] = ProcessEnvironment.current) throws(PortalResolutionError)
        -> ResolvedPortal
    {
        try request.resolve(environment: environment)
    }
}

extension PortalRequest {
    /// The portal to talk to. Warnings (a webhook file others can read, tokens that could not be saved) go to stderr.
    /// Throws `PortalResolutionError`; `.noPortal` when nothing names one (the wizard then asks for it).
    func resolve(environment: [String: String] = ProcessEnvironment.current) throws(PortalResolutionError)
        -> ResolvedPortal
    {
        let resolver = PortalResolver(
            environment: environment,
            words: processWords,
            warn: { StandardStreams.printError($0) },
            onTokenStoreProblem: { problem in
                StandardStreams.printError(processWords(CommandPhrase.tokensNotSaved(problem: problem.phrase)))
            })
        return try resolver.resolve(self)
    }
}

extension PortalResolutionError {
    /// 64 for what was typed wrong on the command line, 78 for configuration (files, environment, no portal).
    var exitStatus: ExitStatus { kind == .usage ? .usage : .configuration }
}
