import Bitrix24REST

/// What a call was about, for the words around the client's description (e.g. naming the CONFIG_ID not found).
enum CallSubject: Sendable, Hashable {
    case lines
    case line(configID: Int)
    case registration(regID: Int)
    case connector
    case newLine
    case defaultLine

    var name: String {
        switch self {
        case .lines: "the lines"
        case .line(let configID): "the line with CONFIG_ID \(configID)"
        case .registration(let regID): "the registration REG_ID \(regID)"
        case .connector: "the SIP connector"
        case .newLine: "the new line"
        case .defaultLine: "the default outgoing line"
        }
    }
}

extension SIPLineError {
    /// The one place where the client's errors become the service's. The message is the client's redacted,
    /// actionable description, with the subject named where the description alone would be vague.
    init(_ error: Bitrix24Error, subject: CallSubject) {
        let description = error.description
        let code = error.code
        switch error {
        case .authentication:
            self.init(kind: .authentication, message: description, portalCode: code)
        case .invalidCredentials:
            // OAuth settings that cannot be used (nothing was sent): the credentials are what must change.
            self.init(kind: .authentication, message: description, portalCode: code)
        case .missingScope(let scope, _):
            self.init(kind: .missingScope(scope ?? "telephony"), message: description, portalCode: code)
        case .missingRight:
            self.init(kind: .missingRight, message: description, portalCode: code)
        case .wrongAuthType:
            self.init(kind: .wrongAuthType, message: description, portalCode: code)
        case .notFound:
            let named: String
            switch subject {
            case .line(let configID): named = "The portal has no line with CONFIG_ID \(configID). "
            case .registration(let regID): named = "The portal has no registration with REG_ID \(regID). "
            case .lines, .connector, .newLine, .defaultLine: named = ""
            }
            self.init(kind: .notFound, message: named + description, portalCode: code)
        case .fieldErrors(let messages, _):
            self.init(kind: .fieldErrors(messages), message: description, portalCode: code)
        case .titleExists:
            self.init(kind: .titleExists, message: description, portalCode: code)
        case .maxCloudPBX:
            self.init(kind: .maxCloudLines, message: description, portalCode: code)
        case .invalidRequest, .refused:
            self.init(kind: .refused(code: code ?? ""), message: description, portalCode: code)
        case .rateLimited, .operatingLimit, .overload, .methodNotFound, .portalDeleted, .serverFault, .transport,
            .unexpectedAnswer, .redirectRefused:
            self.init(kind: .unavailable, message: description, portalCode: code)
        }
    }

    /// A successful envelope whose `result` is not what the method returns.
    init(unreadable problem: DecodingProblem, method: String) {
        self.init(
            kind: .unavailable,
            message: "The portal's answer to \(method) could not be read: \(problem.what). "
                + "Check the portal address, and any proxy between here and the portal.")
    }

    /// The draft (or the fields of an update) broke a rule; nothing was sent.
    static func invalidDraft(_ issues: [ValidationIssue]) -> SIPLineError {
        let errors = issues.filter { $0.severity == .error }
        let listed = errors.map(\.description).joined(separator: " ")
        return SIPLineError(kind: .invalidDraft(issues), message: "Nothing was sent: \(listed)")
    }
}
