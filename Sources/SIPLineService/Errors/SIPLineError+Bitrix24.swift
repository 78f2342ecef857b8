import Bitrix24REST
import Words

/// What a call was about, for the words around the client's description (e.g. naming the CONFIG_ID not found).
enum CallSubject: Sendable, Hashable {
    case lines
    case line(configID: Int)
    case registration(regID: Int)
    case connector
    case newLine
    case defaultLine
}

extension SIPLineError {
    /// The one place where the client's errors become the service's. The words are the client's redacted,
    /// actionable ones, with the subject named where they alone would be vague.
    init(_ error: Bitrix24Error, subject: CallSubject) {
        let rest = error.phrase
        let code = error.code
        switch error {
        case .authentication:
            self.init(kind: .authentication, phrase: .portal(rest), portalCode: code)
        case .invalidCredentials:
            // OAuth settings that cannot be used (nothing was sent): the credentials are what must change.
            self.init(kind: .authentication, phrase: .portal(rest), portalCode: code)
        case .missingScope(let scope, _):
            self.init(kind: .missingScope(scope ?? "telephony"), phrase: .portal(rest), portalCode: code)
        case .missingRight:
            self.init(kind: .missingRight, phrase: .portal(rest), portalCode: code)
        case .wrongAuthType:
            self.init(kind: .wrongAuthType, phrase: .portal(rest), portalCode: code)
        case .notFound:
            let phrase: ServicePhrase
            switch subject {
            case .line(let configID): phrase = .lineNotFound(configID: configID, rest)
            case .registration(let regID): phrase = .registrationNotFound(regID: regID, rest)
            case .lines, .connector, .newLine, .defaultLine: phrase = .portal(rest)
            }
            self.init(kind: .notFound, phrase: phrase, portalCode: code)
        case .fieldErrors(let messages, _):
            self.init(kind: .fieldErrors(messages), phrase: .portal(rest), portalCode: code)
        case .titleExists:
            self.init(kind: .titleExists, phrase: .portal(rest), portalCode: code)
        case .maxCloudPBX:
            self.init(kind: .maxCloudLines, phrase: .portal(rest), portalCode: code)
        case .invalidRequest, .refused:
            self.init(kind: .refused(code: code ?? ""), phrase: .portal(rest), portalCode: code)
        case .rateLimited, .operatingLimit, .overload, .methodNotFound, .portalDeleted, .serverFault, .transport,
            .unexpectedAnswer, .redirectRefused:
            self.init(kind: .unavailable, phrase: .portal(rest), portalCode: code)
        }
    }

    /// A successful envelope whose `result` is not what the method returns.
    init(unreadable problem: DecodingProblem, method: String) {
        self.init(kind: .unavailable, phrase: .unreadableAnswer(method: method, problem: problem.what))
    }

    /// The draft (or the fields of an update) broke a rule; nothing was sent. The message lists the errors.
    public static func invalidDraft(_ issues: [ValidationIssue]) -> SIPLineError {
        let errors = issues.filter { $0.severity == .error }
        return SIPLineError(kind: .invalidDraft(issues), phrase: .invalidDraft(issues: errors.map(\.fieldPhrase)))
    }
}
