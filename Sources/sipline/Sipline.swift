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
                      UpdateCommand.self, DeleteCommand.self],
        defaultSubcommand: WizardCommand.self
    )
}
