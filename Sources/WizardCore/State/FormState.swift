import Words
import SIPLineService

/// The new line as typed, with what the form screens need around it: focus, messages, the way back to review.
public struct FormState: Sendable, Equatable {
    public internal(set) var pbxType: PBXType = .cloud
    public internal(set) var title = TextField()
    public internal(set) var server = TextField()
    public internal(set) var login = TextField()
    public internal(set) var password = TextField()
    public internal(set) var showPassword = false
    /// Index into `screen.fields` of the focused text field.
    public internal(set) var focus = 0
    /// Set when a step was opened from review with 1–4: Enter on its last field returns to review.
    public internal(set) var returnToReview = false
    /// Messages under the fields, from validation on Enter or from the portal; editing a field clears its own.
    public internal(set) var notices: [DraftField: [Notice]] = [:]
    /// Issues shown by the last Enter on a field, so a second Enter accepts a warning that is already on screen.
    var shownIssues: [DraftField: [ValidationIssue]] = [:]
    /// The draft was continued without its password: the credentials open on the password field.
    var passwordFirst = false

    public init() {}

    /// The draft as typed.
    public var draft: LineDraft {
        LineDraft(type: pbxType, title: title.text, server: server.text, login: login.text, password: password.text)
    }

    /// Something was typed or chosen that quitting would throw away.
    var hasInput: Bool {
        pbxType != .cloud || !title.text.isEmpty || !server.text.isEmpty || !login.text.isEmpty
            || !password.text.isEmpty
    }

    public func field(_ field: DraftField) -> TextField {
        switch field {
        case .title: title
        case .server: server
        case .login: login
        case .password: password
        case .type: TextField()
        }
    }

    mutating func setField(_ field: DraftField, _ value: TextField) {
        switch field {
        case .title: title = value
        case .server: server = value
        case .login: login = value
        case .password: password = value
        case .type: break
        }
    }

    /// Validation's issues shown under their fields (and remembered, so a second Enter accepts a warning).
    mutating func show(_ issues: [ValidationIssue]) {
        for field in DraftField.allCases {
            let own = issues.filter { $0.field == field }
            notices[field] = own.isEmpty ? nil : own.map(Notice.init)
            shownIssues[field] = own.isEmpty ? nil : own
        }
    }

    /// Only warnings (no error) were shown for `field`: a second Enter keeps the value.
    func awaitsWarningAcceptance(_ field: DraftField) -> Bool {
        let issues = shownIssues[field] ?? []
        return !issues.isEmpty && !issues.contains { $0.severity == .error }
            && issues.contains { $0.severity == .warning }
    }
}
