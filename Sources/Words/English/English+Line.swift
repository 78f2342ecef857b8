extension LinePhrase {
    public var english: String {
        switch self {
        case .server: "Server"
        case .login: "Login"
        case .password: "Password"
        }
    }
}
