import ArgumentParser

/// `--json`, `--log-file` and `--lang`, shared by the commands.
struct CommonOptions: ParsableArguments {
    @Flag(name: .customLong("json"), help: .words(.json))
    var json = false

    @Option(name: .customLong("log-file"), help: .words(.logFile, valueName: "path"))
    var logFile: String?

    @OptionGroup var language: LanguageOption

    var output: CommandOutput { CommandOutput(json: json) }

    func logPath(environment: [String: String]) -> String? {
        logFile ?? environment["SIPLINE_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
