extension LinePhrase {
    public var russian: String {
        switch self {
        case .server: "Сервер"
        case .login: "Логин"
        case .password: "Пароль"
        }
    }
}
