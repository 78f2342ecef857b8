/// A sentence (or a label) a person reads, as a key of the catalogue with its placeholders as typed parameters.
/// Each area of the product declares its keys as one enum under `Phrases/`; each language gives every key its
/// words in a table of its own (`English/English+<Area>.swift`), so a second language is a second set of tables and
/// no painter, command or error changes.
///
/// Conventions (the catalogue tests rely on them): one `case` per line in a `Phrases/` file; placeholders are
/// `String`, `Int` or another phrase; every area has samples in Tests/WordsTests/Support/PhraseSamples.swift.
///
/// Placeholders carry values as they are (a title from the portal, a path): the front ends escape what is not safe
/// to show (`TextSafety.VisibleText`), so a table never escapes or cuts anything.
public protocol Phrase: Sendable {
    /// This key in English.
    var english: String { get }
}

extension Phrase {
    /// This key in `language`.
    public func text(in language: Language) -> String {
        switch language {
        case .english: english
        // Russian tables come with the plain-mode/Russian issue; until then every key falls back to English.
        case .russian: english
        }
    }
}
