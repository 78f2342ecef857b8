extension CommandNotePhrase {
    public var legacyRussian: String {
        switch self {
        case .rateLimitWait(let delay, let retry):
            "портал ограничил частоту запросов (QUERY_LIMIT_EXCEEDED); новая попытка через \(delay) (попытка \(retry))."
        case .operatingLimitWait(let delay):
            "портал приостановил этот метод (OPERATION_TIME_LIMIT); ждём \(delay), пока лимит сбросится, затем "
                + "пробуем снова."
        case .portalMoved(let address, let source):
            "портал теперь отвечает по адресу \(address) (он перенаправил туда); обновите вебхук там, где он хранится "
                + "(\(source))."
        case .malformedTimeout(let variable, let value):
            "\(variable) должен быть числом секунд от 0.1 до 3600, а не \"\(value)\"."
        }
    }
}
