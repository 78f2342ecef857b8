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
        /// presses Esc instead (the portal name: "-" uses the portal for this run only). `then` ends the answer
        /// (Enter, or Tab to the next field of a form that Enter would send).
        case field(skip: String?, then: Key = .enter)
        /// One of these answers, each pressing its keys; an empty answer presses `empty`.
        case choice([String: [Key]], empty: [Key])
    }

    /// Lines said before the question the first time it is asked (the choices of a menu).
    public var preamble: [String] = []
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
        case .field(let skip, let then):
            if line.isEmpty { return [then] }
            if let skip, line == skip { return [.escape] }
            return [.control("u")] + line.map(Key.character) + [then]
        case .choice(let choices, let empty):
            let answer = line.trimmingSpaces.lowercased()
            if answer.isEmpty { return empty }
            // да / нет: Russian speakers answer yes and no in their own letters.
            return choices[answer] ?? choices[["д": "y", "н": "n", "да": "y", "нет": "n"][answer] ?? ""]
        }
    }

    /// What to say when `keys(for:)` found no answer in a line.
    public var invalidAnswer: String { invalid ?? "" }

    init(preamble: [String] = [], question: String, echo: Echo, answer: Answer, invalid: String?) {
        self.preamble = preamble
        self.question = question
        self.echo = echo
        self.answer = answer
        self.invalid = invalid
    }
}
