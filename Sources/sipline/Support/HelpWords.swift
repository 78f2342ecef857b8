import ArgumentParser
import Words

extension ArgumentHelp {
    /// A help text of the catalogue in the process's language (read when the arguments are parsed).
    static func words(_ phrase: HelpPhrase, valueName: String? = nil, visibility: ArgumentVisibility = .default)
        -> ArgumentHelp {
        ArgumentHelp(processWords(phrase), valueName: valueName, visibility: visibility)
    }
}

extension CommandConfiguration {
    /// A subcommand's name with its abstract and discussion from the catalogue, in the process's language.
    static func words(_ name: String, abstract: HelpPhrase, discussion: HelpPhrase) -> CommandConfiguration {
        CommandConfiguration(commandName: name, abstract: processWords(abstract), discussion: processWords(discussion))
    }
}
