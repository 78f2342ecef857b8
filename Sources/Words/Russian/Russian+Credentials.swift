// The field leads each sentence and is followed by a colon, so its name never has to change its grammatical case.
extension CredentialsPhrase {
    public var legacyRussian: String {
        switch self {
        case .empty(let field):
            "\(field.legacyRussian): ничего не указано. Скопируйте адрес на портале: Разработчикам → Другое → Входящий вебхук."
        case .notAURL(let field):
            "\(field.legacyRussian): это не адрес; ожидается https://PORTAL/rest/USER_ID/CODE/."
        case .unsupportedScheme(let field, let scheme):
            "\(field.legacyRussian): адрес начинается с «\(scheme)», а принимаются только адреса https://."
        case .insecureHTTP(let field, let host):
            "\(field.legacyRussian): к \(host) указан http://, а принимается только https:// "
                + "(http:// — только для 127.0.0.1 и localhost)."
        case .missingHost(let field):
            "\(field.legacyRussian): нет имени портала; ожидается https://PORTAL/rest/USER_ID/CODE/."
        case .invalidPort(let field):
            "\(field.legacyRussian): порт — не число от 1 до 65535."
        case .unexpectedUserInfo(let field):
            "\(field.legacyRussian): перед именем портала указано имя пользователя («…@»), а в адресе вебхука его не бывает."
        case .notAWebhookPath(let field):
            "\(field.legacyRussian): нет части /rest/USER_ID/CODE/; скопируйте с портала адрес входящего вебхука целиком."
        case .missingUserID(let field):
            "\(field.legacyRussian): после /rest/ нет ID пользователя; ожидается /rest/USER_ID/CODE/."
        case .invalidUserID(let field):
            "\(field.legacyRussian): ID пользователя (число после /rest/) — не положительное число."
        case .missingCode(let field):
            "\(field.legacyRussian): после ID пользователя нет кода вебхука; ожидается /rest/USER_ID/CODE/."
        case .invalidCode(let field):
            "\(field.legacyRussian): в коде вебхука есть символы, которых в нём не бывает (только буквы и цифры)."
        case .unexpectedPath(let field):
            "\(field.legacyRussian): после /rest/USER_ID/CODE/ есть лишний путь; удалите всё, что идёт после кода."
        case .unexpectedQuery(let field):
            "\(field.legacyRussian): есть «?» или «#», а адрес вебхука заканчивается на /rest/USER_ID/CODE/."
        case .missingField(let field, let name):
            "\(field.legacyRussian): поле «\(name.legacyRussian)» пустое."
        }
    }
}

extension CredentialsFieldPhrase {
    public var legacyRussian: String {
        switch self {
        case .webhookURL: "Адрес вебхука"
        case .oauthCredentials: "Данные OAuth"
        case .oauthClientEndpoint: "Адрес портала для OAuth"
        case .oauthServerEndpoint: "Адрес сервера OAuth"
        case .accessToken: "Токен доступа"
        case .refreshToken: "Токен обновления"
        case .clientID: "Client ID"
        case .clientSecret: "Client secret"
        }
    }
}
