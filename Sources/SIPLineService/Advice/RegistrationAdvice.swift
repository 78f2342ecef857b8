import Words

/// The one table from a registration's `STATUS_RESULT` and `STATUS_CODE` (and, for 502, the portal's
/// `ERROR_MESSAGE`) to what it means, what to do, and which field a fix is about. The result screen, the wizard's
/// edit form (it focuses `field`), `sipline status` and plain mode all read it.
public struct RegistrationAdvice: Sendable, Hashable {
    public var phrase: RegistrationPhrase
    /// The field a fix is about (`.server`, `.login` or `.password`).
    public var field: DraftField?
    /// The provider's own ERROR_MESSAGE as it came, never interpreted (a front end makes it visible).
    public var providerMessage: String?
    /// True for `error` and for no answer after the polling limit: the line does not work yet.
    public var isFailure: Bool

    public init(phrase: RegistrationPhrase, field: DraftField?, providerMessage: String? = nil, isFailure: Bool) {
        (self.phrase, self.field, self.providerMessage, self.isFailure) = (phrase, field, providerMessage, isFailure)
    }

    /// The advice for a status as `voximplant.sip.status` answered it.
    public init(_ status: RegistrationStatus) {
        let message = status.errorMessage.flatMap { $0.isEmpty ? nil : $0 }
        switch status.result {
        case .wait, .inProgress:
            self.init(phrase: .stillWaiting, field: nil, isFailure: false)
        case .success:
            self.init(phrase: .registered, field: nil, isFailure: false)
        case .error:
            let (phrase, field) = Self.row(code: status.statusCode ?? 0, portalMessage: message)
            self.init(phrase: phrase, field: field, providerMessage: message, isFailure: true)
        }
    }

    /// The advice when the portal still said `wait`/`in_progress` after the polling limit.
    public static func noAnswer(afterSeconds seconds: Int) -> RegistrationAdvice {
        RegistrationAdvice(phrase: .noAnswerAfterLimit(seconds: seconds), field: .server, isFailure: true)
    }

    /// The table: a code of a failed registration → the words and the field (RFC 3261 §21, RFC 3665 §2, and the
    /// portal's own 502 for a name it cannot resolve).
    static func row(code: Int, portalMessage: String?) -> (RegistrationPhrase, DraftField?) {
        switch code {
        case 401, 407: (.credentialsRefused(code: code), .password)
        case 403: (.forbidden, .login)
        case 404: (.unknownLogin, .login)
        case 408, 480, 504: (.noTimelyAnswer(code: code), .server)
        case 423: (.intervalTooBrief, nil)
        case 482, 483: (.loop(code: code), .server)
        case 486: (.busyHere, nil)
        case 500: (.providerInternalError, nil)
        case 502 where portalMessage?.lowercased().contains("unable to resolve") == true: (.hostnameUnresolved, .server)
        case 502: (.badGateway, .server)
        case 503: (.serviceUnavailable, .server)
        case 603: (.declined, nil)
        case 400...499: (.otherRequestFailure(code: code), nil)
        case 500...599: (.otherServerFailure(code: code), nil)
        case 600...699: (.otherGlobalFailure(code: code), nil)
        default: (.unexpectedCode(code: code), nil)
        }
    }
}
