import ArgumentParser
import Words

/// A line's CONFIG_ID as the one argument of `delete` and `update`. The portal numbers lines from 1, so anything else
/// is refused before a portal is asked.
struct ConfigIDArgument: ParsableArguments {
    @Argument(help: .words(.configIDArgument)) var configID: Int

    func validate() throws { try Self.check(configID) }

    /// The same refusal for the commands whose CONFIG_ID reads differently in their help (`pbx-config`, `default`).
    static func check(_ configID: Int) throws {
        guard configID > 0 else { throw ValidationError(processWords(CommandPhrase.configIDNotPositive(value: configID))) }
    }
}
