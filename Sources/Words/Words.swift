/// The catalogue in one language: `words(phrase)` is what a person reads for that key.
public struct Words: Sendable, Hashable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public static let english = Words(.english)

    public func callAsFunction(_ phrase: some Phrase) -> String {
        phrase.text(in: language)
    }

    /// Several phrases as one text, separated by a space.
    public func joined(_ phrases: [any Phrase]) -> String {
        phrases.map { $0.text(in: language) }.joined(separator: " ")
    }
}
