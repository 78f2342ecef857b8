extension RegistrationAdvicePhrase {
    public var english: String {
        switch self {
        case .checkCredentials:
            "the provider rejected the login or password. Check them at your provider, then edit the line."
        case .checkLogin: "the provider does not know this login. Check it at your provider, then edit the line."
        case .checkServer:
            "the server could not be reached (wrong address, DNS or firewall). Check the server, then edit the line."
        case .seeProviderMessage: "see the provider's message above; fix the line with `sipline update`."
        }
    }
}
