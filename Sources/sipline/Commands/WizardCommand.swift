import ArgumentParser
import Words

/// `sipline` / `sipline wizard`: the full-screen wizard from PBX type to a created line.
struct WizardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration.words(
        "wizard", abstract: .wizardAbstract, discussion: .wizardDiscussion)

    @Flag(name: .customLong(WizardInvocation.Switch.sandbox.rawValue), help: .words(.wizardSandbox))
    var sandbox = false

    @Flag(name: .customLong(WizardInvocation.Switch.plain.rawValue), help: .words(.wizardPlain))
    var plain = false

    @Flag(name: .customLong(WizardInvocation.Switch.showSecrets.rawValue), help: .words(.wizardShowSecrets))
    var showSecrets = false

    @Flag(name: .customLong(WizardInvocation.Switch.noColor.rawValue), help: .words(.wizardNoColor))
    var noColor = false

    @OptionGroup var portal: PortalOptions

    @Option(name: .customLong("log-file"), help: .words(.wizardLogFile, valueName: "path"))
    var logFile: String?

    @OptionGroup var language: LanguageOption

    func run() async throws {
        var invocation = WizardInvocation(portal: portal.request, logFile: logFile)
        let given: [(WizardInvocation.Switch, Bool)] = [
            (.sandbox, sandbox), (.plain, plain), (.showSecrets, showSecrets), (.noColor, noColor),
        ]
        invocation.switches = Set(given.filter(\.1).map(\.0))
        try await invocation.run()
    }
}
