import Words

/// Why the full-screen front end cannot run here, as the sentence the person can act on (the catalogue's
/// `TerminalPhrase` lists the reasons); the caller decides what takes over (the plain line-prompt mode) and with
/// which exit status.
public struct TerminalUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    public var phrase: TerminalPhrase

    public init(_ phrase: TerminalPhrase) { self.phrase = phrase }

    public var description: String { phrase.english }
}
