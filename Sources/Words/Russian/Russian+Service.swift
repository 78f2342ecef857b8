extension ServicePhrase {
    public var legacyRussian: String {
        switch self {
        case .portal(let rest):
            rest.legacyRussian
        case .lineNotFound(let configID, let rest):
            "На портале нет линии с CONFIG_ID \(configID). " + rest.legacyRussian
        case .registrationNotFound(let regID, let rest):
            "На портале нет регистрации с REG_ID \(regID). " + rest.legacyRussian
        case .unreadableAnswer(let method, let problem):
            "Не удалось разобрать ответ портала на \(method): \(problem.legacyRussian). "
                + "Проверьте адрес портала и прокси между этой машиной и порталом."
        case .invalidDraft(let issues):
            "Ничего не отправлено: " + issues.map(\.legacyRussian).joined(separator: " ")
        case .nothingToChange:
            "Ничего не отправлено: укажите хотя бы одно из полей TITLE, SERVER, LOGIN или PASSWORD, которое нужно изменить."
        case .listNotFinished(let pages):
            "Портал сообщал о новых линиях и после \(pages) \(Plural.russian(pages, one: "страницы", few: "страниц", many: "страниц")); "
                + "список не дочитан до конца."
        case .linesNotListed:
            "Не удалось получить список линий."
        case .untranslated(let text):
            text
        }
    }
}

extension AnswerProblemPhrase {
    public var legacyRussian: String {
        switch self {
        case .connectorStatusNotObject: "статус коннектора — не объект JSON"
        case .lineNotObject: "линия — не объект JSON"
        case .lineWithoutConfigID: "у линии нет CONFIG_ID"
        case .linesNeitherListNorEmpty: "список линий — не список и не пустое значение"
        case .statusNotObject: "статус — не объект JSON"
        case .statusWithoutResult: "в статусе нет STATUS_RESULT"
        case .unknownStatusResult(let value): "в статусе неизвестный STATUS_RESULT «\(value)»"
        case .changeNotConfirmed: "портал не подтвердил изменение"
        case .notALineID: "это не идентификатор линии"
        case .notAnObjectOfLines: "это не объект со списком линий"
        }
    }
}

extension LostAnswerPhrase {
    public var legacyRussian: String {
        switch self {
        case .stoppedWaiting: "ожидание ответа прервано"
        case .noAnswerInTime: "ответ не пришёл вовремя"
        case .connectionBroke: "соединение оборвалось до получения всего ответа"
        case .answerTooLarge: "ответ оказался слишком большим"
        case .failedAfterSending: "соединение прервалось после отправки"
        case .serverError(let status): "ошибка сервера, HTTP \(status)"
        case .emptyAnswer(let status): "пустой ответ, HTTP \(status)"
        case .foreignAnswer(let status): "ответ не от Битрикс24, HTTP \(status)"
        case .answerLost: "ответ потерялся"
        case .answerDidNotDescribeLine: "в ответе не было описания линии"
        }
    }
}

extension ReconciliationPhrase {
    public var legacyRussian: String {
        switch self {
        case .noNewLine(let cause):
            "\(cause.legacyRussian); в повторно полученном списке линий нет новой линии с таким названием, сервером и логином"
        case .listingFailed(let cause, let error, let title):
            "\(cause.legacyRussian), а повторно получить список линий не удалось: \(error.legacyRussian) " + Self.howToCheck(title)
        case .listingTimedOut(let cause, let after, let title):
            "\(cause.legacyRussian), а повторное получение списка линий заняло больше \(after.legacyRussian). " + Self.howToCheck(title)
        }
    }

    private static func howToCheck(_ title: String) -> String {
        "Прежде чем пробовать снова, проверьте командой `sipline list`, есть ли линия «\(title)»."
    }
}

extension DurationPhrase {
    public var legacyRussian: String {
        switch self {
        case .seconds(let seconds): "\(seconds) с"
        case .milliseconds(let milliseconds): "\(milliseconds) мс"
        }
    }
}
