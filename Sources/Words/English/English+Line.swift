extension LinePhrase {
    public var legacyEnglish: String {
        switch self {
        case .server: "Server"
        case .login: "Login"
        case .password: "Password"
        }
    }
}
