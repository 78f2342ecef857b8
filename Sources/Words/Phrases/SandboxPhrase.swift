/// `sipline sandbox`'s words (the sandbox portal's own answers are the portal's, not sipline's).
public enum SandboxPhrase: Phrase {
    case portOutOfRange(port: Int)
    case maxCloudLinesNegative(value: Int)
}
