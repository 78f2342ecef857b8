/// What every command may say: failures shared by the commands, the password and portal options, the log.
public enum CommandPhrase: Phrase {
    /// The summary of an invalid draft; the fields follow on lines of their own.
    case invalidFields(count: Int)
    case interrupted
    case configIDNotPositive(value: Int)
    /// `pbx-config --format` with a format sipline does not write.
    case unknownFormat(value: String, known: [String])
    case passwordGivenTwice
    case standardInputUnreadable(reason: PrivateFilePhrase)
    /// `mode` in octal.
    case passwordFileReadableByOthers(path: String, mode: String)
    case passwordFileFailure(PrivateFilePhrase)
    case passwordFileUnreadable(path: String)
    /// `source` is the option that gave the password (`--password-stdin`, `--password-file PATH`).
    case passwordNotUTF8(source: String)
    /// A warning: refreshed OAuth tokens could not be written back to the config file.
    case tokensNotSaved(problem: ConfigPhrase)
    /// A warning: the diagnostic log cannot be opened; `reason` is the system's text.
    case logFileNotOpened(path: String, reason: String)
    /// `--sandbox`: the built-in portal could not start; `reason` is the server's own text.
    case sandboxDidNotStart(reason: String)
}
