@testable import WizardCore
import Words

extension Notice {
    /// What the notice says in English, for comparing with the words a test expects.
    var text: String { Words.english(phrase) }
}

extension Array where Element == Notice {
    var texts: [String] { map(\.text) }
}

/// Words the runtime hands the core (a lower layer's sentence, a file error), as a test writes them.
enum Said: Phrase {
    case text(String)

    var english: String {
        switch self {
        case .text(let text): text
        }
    }

    /// A test's stand-in for a lower layer's sentence reads the same in every language.
    var russian: String { english }
}

func said(_ text: String) -> AnyPhrase { AnyPhrase(Said.text(text)) }
