extension LinePhrase {
    public var legacyRussian: String {
        switch self {
        case .server: "Сервер"
        case .login: "Логин"
        case .password: "Пароль"
        }
    }
}
