extension HelpTopicPhrase {
    public var legacyRussian: String {
        switch self {
        case .portal: "Портал"
        case .pbxType: "Тип АТС"
        case .connectionName: "Название подключения"
        case .server: "Сервер"
        case .credentials: "Учётные данные"
        case .review: "Проверка"
        case .creatingTheLine: "Создание линии"
        case .result: "Результат"
        case .unknownOutcome: "Результат неизвестен"
        }
    }
}
