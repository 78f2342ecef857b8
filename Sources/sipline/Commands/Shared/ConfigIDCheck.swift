import ArgumentParser
import Words

/// A line's CONFIG_ID as typed on the command line: the portal numbers lines from 1, so anything else is refused
/// before a portal is asked.
enum ConfigIDCheck {
    static func validate(_ configID: Int) throws {
        guard configID > 0 else { throw ValidationError(processWords(CommandPhrase.configIDNotPositive(value: configID))) }
    }
}
