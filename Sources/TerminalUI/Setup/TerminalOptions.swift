/// How the curses front end starts.
public struct TerminalOptions: Sendable {
    /// `--no-color`; `NO_COLOR` in the environment (set and non-empty) turns colours off as well.
    public var noColor: Bool
    /// How long a lone Escape waits for the rest of a sequence; `nil` → `$ESCDELAY` if set, else 100 ms.
    public var escDelayMilliseconds: Int?

    public init(noColor: Bool = false, escDelayMilliseconds: Int? = nil) {
        self.noColor = noColor
        self.escDelayMilliseconds = escDelayMilliseconds
    }

    public static let defaultEscDelayMilliseconds = 100
}
