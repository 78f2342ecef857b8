import ArgumentParser
import Words

/// What every command that works on a portal takes: which portal (a help section of its own), `--json`,
/// `--log-file` and `--lang`.
struct CommonOptions: ParsableArguments {
    @OptionGroup(title: processWords(HelpPhrase.portalGroup)) var portal: PortalOptions
    @Flag(name: .customLong("json"), help: .words(.json)) var json = false
    @Option(name: .customLong("log-file"), help: .words(.logFile, valueName: "path")) var logFile: String?
    @OptionGroup var language: LanguageOption

    var output: CommandOutput { CommandOutput(json: json) }

    func logPath(environment: [String: String]) -> String? {
        logFile ?? environment["SIPLINE_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
