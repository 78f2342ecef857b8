import ArgumentParser

@main
struct Sipline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sipline",
        abstract: "Connect a SIP PBX to a Bitrix24 portal: a terminal wizard and commands for voximplant.sip.*.",
        discussion: """
            Without a command, sipline opens the wizard. Try it safely on the built-in sandbox portal:
              sipline --sandbox
            """,
        version: SiplineVersion.current,
        subcommands: [WizardCommand.self, SandboxCommand.self, AddCommand.self, ListCommand.self, StatusCommand.self,
                      UpdateCommand.self, DeleteCommand.self, CheckCommand.self, DefaultCommand.self, PBXConfigCommand.self],
        defaultSubcommand: WizardCommand.self
    )
}
