extension ServicePhrase {
    public var legacyEnglish: String {
        switch self {
        case .portal(let rest):
            rest.legacyEnglish
        case .lineNotFound(let configID, let rest):
            "The portal has no line with CONFIG_ID \(configID). " + rest.legacyEnglish
        case .registrationNotFound(let regID, let rest):
            "The portal has no registration with REG_ID \(regID). " + rest.legacyEnglish
        case .unreadableAnswer(let method, let problem):
            "The portal's answer to \(method) could not be read: \(problem.legacyEnglish). "
                + "Check the portal address, and any proxy between here and the portal."
        case .invalidDraft(let issues):
            "Nothing was sent: " + issues.map(\.legacyEnglish).joined(separator: " ")
        case .nothingToChange:
            "Nothing was sent: give at least one of TITLE, SERVER, LOGIN or PASSWORD to change."
        case .listNotFinished(let pages):
            "The portal kept announcing more lines after \(pages) pages; the list was not finished."
        case .linesNotListed:
            "The lines could not be listed."
        case .untranslated(let text):
            text
        }
    }
}

extension AnswerProblemPhrase {
    public var legacyEnglish: String {
        switch self {
        case .connectorStatusNotObject: "the connector status is not a JSON object"
        case .lineNotObject: "a line is not a JSON object"
        case .lineWithoutConfigID: "a line has no CONFIG_ID"
        case .linesNeitherListNorEmpty: "the list of lines is neither a list nor empty"
        case .statusNotObject: "the status is not a JSON object"
        case .statusWithoutResult: "the status has no STATUS_RESULT"
        case .unknownStatusResult(let value): "the status has an unknown STATUS_RESULT \"\(value)\""
        case .changeNotConfirmed: "it did not confirm the change"
        case .notALineID: "it is not a line id"
        case .notAnObjectOfLines: "it is not an object of lines"
        }
    }
}

extension LostAnswerPhrase {
    public var legacyEnglish: String {
        switch self {
        case .stoppedWaiting: "stopped waiting for the answer"
        case .noAnswerInTime: "no answer in time"
        case .connectionBroke: "the connection broke before the whole answer arrived"
        case .answerTooLarge: "the answer was too large"
        case .failedAfterSending: "the connection failed after sending"
        case .serverError(let status): "server error, HTTP \(status)"
        case .emptyAnswer(let status): "an empty answer, HTTP \(status)"
        case .foreignAnswer(let status): "an answer that is not Bitrix24's, HTTP \(status)"
        case .answerLost: "the answer was lost"
        case .answerDidNotDescribeLine: "the answer did not describe the line"
        }
    }
}

extension ReconciliationPhrase {
    public var legacyEnglish: String {
        switch self {
        case .noNewLine(let cause):
            "\(cause.legacyEnglish); listing the lines again showed no new line with this name, server and login"
        case .listingFailed(let cause, let error, let title):
            "\(cause.legacyEnglish), and listing the lines afterwards failed: \(error.legacyEnglish) " + Self.howToCheck(title)
        case .listingTimedOut(let cause, let after, let title):
            "\(cause.legacyEnglish), and listing the lines afterwards took longer than \(after.legacyEnglish). " + Self.howToCheck(title)
        }
    }

    private static func howToCheck(_ title: String) -> String {
        "Check with `sipline list` whether a line named \"\(title)\" exists before trying again."
    }
}

extension DurationPhrase {
    public var legacyEnglish: String {
        switch self {
        case .seconds(let seconds): "\(seconds) s"
        case .milliseconds(let milliseconds): "\(milliseconds) ms"
        }
    }
}
