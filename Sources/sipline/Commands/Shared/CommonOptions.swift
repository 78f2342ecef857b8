import ArgumentParser

/// `--json` and `--log-file`, shared by the commands.
struct CommonOptions: ParsableArguments {
    @Flag(name: .customLong("json"), help: "Print one JSON document on stdout with Bitrix24's keys (errors as {\"error\", \"error_description\"}).")
    var json = false

    @Option(name: .customLong("log-file"), help: ArgumentHelp(
        "Append a redacted diagnostic log to this file (or set SIPLINE_LOG).", valueName: "path"))
    var logFile: String?

    var output: CommandOutput { CommandOutput(json: json) }

    func logPath(environment: [String: String]) -> String? {
        logFile ?? environment["SIPLINE_LOG"].flatMap { $0.isEmpty ? nil : $0 }
    }
}
