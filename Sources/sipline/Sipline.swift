import ArgumentParser
import TextSafety
import Words

@main
struct Sipline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sipline",
        abstract: processWords(HelpPhrase.siplineAbstract),
        discussion: processWords(HelpPhrase.siplineDiscussion),
        version: SiplineVersion.current,
        subcommands: [WizardCommand.self, SandboxCommand.self, AddCommand.self, ListCommand.self, StatusCommand.self,
                      UpdateCommand.self, DeleteCommand.self, CheckCommand.self, DefaultCommand.self, PBXConfigCommand.self],
        defaultSubcommand: WizardCommand.self
    )

    /// ArgumentParser's own `main`, except that a usage error under `--json` is one JSON object on stderr, so a
    /// script reading JSON never has to parse help text.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = NetworkTimeouts.problem(in: ProcessEnvironment.current) {
            Terminal.printError("sipline: " + processWords(CommandNotePhrase.malformedTimeout(
                variable: problem.variable, value: VisibleText.escape(problem.value))))
            exit(withError: ExitCode(ExitStatus.configuration.rawValue))
        }
        do {
            var command = try await asyncParseAsRoot(arguments)
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // An `ExitCode` was thrown by a command that already reported its failure.
            if !(error is ExitCode), exitCode(for: error).rawValue == ExitStatus.usage.rawValue,
               UsageReport.jsonRequested(in: arguments) {
                UsageReport.emit(message: message(for: error))
                exit(withError: ExitCode(ExitStatus.usage.rawValue))
            }
            exit(withError: error)
        }
    }
}
