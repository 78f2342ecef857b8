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

    /// Most runs are the wizard (`sipline`, `sipline --sandbox`, `sipline --portal acme`). Its switches alone need no
    /// parser at all (`WizardInvocation.switchesOnly`); the rest of its arguments are parsed as the wizard's own first. Parsing the whole command tree reflects over all seven commands, and every
    /// reflected type costs protocol-conformance scans of the whole binary: measured with callgrind before the
    /// wizard's first frame, 17.4 million instructions for the whole tree against 11.9 million for the wizard's
    /// arguments alone (bench/STARTUP.md). Anything the wizard does not accept as it is — another command, --help,
    /// --version, a mistake — goes through the whole tree: ArgumentParser's own `main`, except that a usage error
    /// under `--json` is one JSON object on stderr, so a script reading JSON never has to parse help text.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let problem = NetworkTimeouts.problem(in: ProcessEnvironment.current) {
            StandardStreams.printError("sipline: " + processWords(CommandNotePhrase.malformedTimeout(
                variable: problem.variable, value: VisibleText.escape(problem.value))))
            exit(withError: ExitCode(ExitStatus.configuration.rawValue))
        }
        if let invocation = WizardInvocation.switchesOnly(arguments) {
            do { try await invocation.run() } catch { exit(withError: error) }
            return
        }
        if let wizard = try? WizardCommand.parseAsRoot(arguments) as? WizardCommand {
            do { try await wizard.run() } catch { exit(withError: error) }
            return
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
