import Words

/// What plain mode asks now, and how a typed line becomes the key presses the core understands, so the line-prompt
/// front end drives the very same update function as the full screen.
public struct PlainPrompt: Sendable, Equatable {
    public enum Echo: Sendable, Equatable {
        /// The answer is shown as typed.
        case visible
        /// A secret (a password, a webhook with its code): read without echo on a terminal, never printed.
        case hidden
    }

    /// How an answer turns into keys.
    enum Answer: Sendable, Equatable {
        /// The value of the focused field: empty keeps it (Enter), anything else replaces it. `skip`, when typed,
        /// presses Esc instead (the portal name: "-" uses the portal for this run only).
        case field(skip: String?)
        /// One of these answers, each pressing its keys; an empty answer presses `empty`.
        case choice([String: [Key]], empty: [Key])
    }

    /// The question, with the value an empty answer keeps (or the default choice) in brackets.
    public var question: String
    public var echo: Echo
    let answer: Answer
    /// What to say when an answer is none of the choices.
    let invalid: String?

    /// The key presses for a typed line (without its newline); nil when the line is not an answer here (say
    /// `invalidAnswer` and ask again).
    public func keys(for line: String) -> [Key]? {
        switch answer {
        case .field(let skip):
            if line.isEmpty { return [.enter] }
            if let skip, line == skip { return [.escape] }
            return [.control("u")] + line.map(Key.character) + [.enter]
        case .choice(let choices, let empty):
            let answer = line.trimmingSpaces
            if answer.isEmpty { return empty }
            return choices[answer] ?? choices[answer.lowercased()]
        }
    }

    /// What to say when `keys(for:)` found no answer in a line.
    public var invalidAnswer: String { invalid ?? "" }
}
