import Words
import SIPLineService

/// The screens of the wizard, in the order a person meets them.
public enum Screen: Sendable, Equatable {
    /// The webhook URL, checked at once; not one of the 5 steps.
    case portal
    case pbxType
    case title
    case server
    case credentials
    case review
    case submitting
    case result
    /// The add's answer was lost and the portal could not be asked: the person must check with `sipline list`.
    case outcomeUnknown

    /// "Step N of 5" in the header, for the steps of the form.
    var step: Int? {
        switch self {
        case .pbxType: 1
        case .title: 2
        case .server: 3
        case .credentials: 4
        case .review, .submitting, .outcomeUnknown: 5
        case .result, .portal: nil
        }
    }

    /// The text fields of a form screen, in focus order.
    var fields: [DraftField] {
        switch self {
        case .title: [.title]
        case .server: [.server]
        case .credentials: [.login, .password]
        default: []
        }
    }

    /// The form screen before this one (Esc), for the screens of the form.
    var previous: Screen? {
        switch self {
        case .title: .pbxType
        case .server: .title
        case .credentials: .server
        case .review: .credentials
        default: nil
        }
    }

    /// The form screen after this one (Enter on its last field).
    var next: Screen? {
        switch self {
        case .pbxType: .title
        case .title: .server
        case .server: .credentials
        case .credentials: .review
        default: nil
        }
    }
}
