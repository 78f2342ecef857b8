// INTERIM until the `words` branch (the lower layers' phrases) is merged: delete this file then.
import SIPLineService
import Words

public enum InterimPhrase: Phrase {
    case text(String)
    public var english: String {
        switch self {
        case .text(let text): text
        }
    }
}

extension ValidationIssue {
    var phrase: InterimPhrase { .text(message) }
}

extension SIPLineError {
    var phrase: InterimPhrase { .text(message) }
}
