import SIPLineService
import Words

/// `d` on a result: making the line the portal's default outgoing line, read back to prove it took.
public enum DefaultLineStep: Sendable, Equatable {
    case idle
    case setting
    case done(DefaultLineChange)
    case failed(SIPLineError)
}

/// `e` on a cloud line whose registration failed: server and login kept, the password asked again, the field the
/// failure points at focused; Enter sends them and the portal registers the line anew.
public struct RegistrationFix: Sendable, Equatable {
    public static let fields: [DraftField] = [.server, .login, .password]

    public internal(set) var server: TextField
    public internal(set) var login: TextField
    public internal(set) var password = TextField()
    public internal(set) var focus: Int
    public internal(set) var showPassword = false
    public internal(set) var notices: [DraftField: [Notice]] = [:]
    /// The update was sent; its answer is awaited.
    public internal(set) var sending = false
    /// Why the portal refused the update (shown on the form, which stays).
    public internal(set) var refusal: Notice?

    init(line: CreatedLine, focusing field: DraftField?) {
        server = TextField(line.server)
        login = TextField(line.login)
        focus = Self.fields.firstIndex(of: field ?? .password) ?? 2
    }

    var focusedField: DraftField { Self.fields[focus] }

    func field(_ field: DraftField) -> TextField {
        switch field {
        case .server: server
        case .login: login
        default: password
        }
    }

    mutating func setField(_ field: DraftField, _ value: TextField) {
        switch field {
        case .server: server = value
        case .login: login = value
        default: password = value
        }
    }

    /// The values as a draft of the line's type, for the same rules the form uses.
    func draft(of line: CreatedLine) -> LineDraft {
        LineDraft(type: line.type, title: line.title, server: server.text, login: login.text, password: password.text)
    }
}

/// `c` on an office result: the configuration for the PBX in the chosen format, scrolled when it is longer than
/// the screen.
public struct PBXConfigView: Sendable, Equatable {
    public internal(set) var format: PBXConfigFormat
    public internal(set) var scroll = 0

    init(format: PBXConfigFormat) { self.format = format }
}
