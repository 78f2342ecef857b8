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
}
