import ArgumentParser
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

    /// Most runs are the wizard (`sipline`, `sipline --sandbox`, `sipline --portal acme`): those are parsed as the
    /// wizard's own arguments first. Parsing the whole command tree reflects over all seven commands, and every
    /// reflected type costs protocol-conformance scans of the whole binary: measured with callgrind before the
    /// wizard's first frame, 17.4 million instructions for the whole tree against 11.9 million for the wizard's
    /// arguments alone (bench/STARTUP.md). Anything the wizard does not accept as it is — another command, --help,
    /// --version, a mistake — goes through the whole tree as before, so every message and exit status stays the same.
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let wizard = try? WizardCommand.parseAsRoot(arguments) as? WizardCommand else {
            await main(arguments)
            return
        }
        do {
            try await wizard.run()
        } catch {
            exit(withError: error)
        }
    }
}
