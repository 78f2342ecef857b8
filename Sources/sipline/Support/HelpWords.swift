import ArgumentParser
import Words

extension ArgumentHelp {
    /// A help text of the catalogue in the process's language (read when the arguments are parsed).
    static func words(_ phrase: HelpPhrase, valueName: String? = nil, visibility: ArgumentVisibility = .default)
        -> ArgumentHelp {
        ArgumentHelp(processWords(phrase), valueName: valueName, visibility: visibility)
    }
}
