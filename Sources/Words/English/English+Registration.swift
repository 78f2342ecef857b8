extension RegistrationPhrase {
    public var legacyEnglish: String {
        switch self {
        case .registered:
            "Registered: the provider accepted the line's login and password."
        case .stillWaiting:
            "The portal has not heard back from the provider yet; it registers the line within a few seconds."
        case .noAnswerAfterLimit(let seconds):
            "No answer from the provider after \(seconds) s. The server may drop the portal's requests (address, "
                + "port or firewall); check the server, or look again later with sipline status."
        case .credentialsRefused(let code):
            "The provider refused the login or password (\(code)). Re-enter the password exactly as the provider "
                + "gave it, and check the login."
        case .forbidden:
            "The provider forbids this registration (403): the account may be blocked, the login wrong, or the "
                + "provider may accept only known IP addresses. Check the login, and ask the provider to allow Bitrix24."
        case .unknownLogin:
            "The provider does not know this login (404). Check the login (often the account number) with the provider."
        case .noTimelyAnswer(let code):
            "No timely answer from the provider (\(code)). Check the server address and port, and whether the "
                + "provider is up and reachable from the internet."
        case .intervalTooBrief:
            "The provider wants a longer registration interval (423). Only the provider can change this; ask them "
                + "to accept the portal's interval."
        case .loop(let code):
            "The request went round in a loop between servers (\(code)). Check the server: it may point back at "
                + "itself or at a proxy; ask the provider for the right address."
        case .busyHere:
            "The provider answered busy (486) to the registration. Try again in a minute; if it stays so, ask the provider."
        case .providerInternalError:
            "The provider's server failed (500). Nothing to fix on this side; try again later or ask the provider."
        case .hostnameUnresolved:
            "The portal could not resolve the server's name (502). Check the server for typing errors; the name must "
                + "resolve in public DNS."
        case .badGateway:
            "A server between the portal and the provider failed (502). Check the server address; if it is right, "
                + "ask the provider."
        case .serviceUnavailable:
            "The provider is not available now (503). Check the server address; if it is right, try again later."
        case .declined:
            "The provider declined the registration (603). Ask the provider whether this account may register."
        case .otherRequestFailure(let code):
            "The provider refused the registration (\(code)). Check the server, login and password with the provider."
        case .otherServerFailure(let code):
            "The provider's server failed (\(code)). Try again later, or ask the provider."
        case .otherGlobalFailure(let code):
            "The provider refused the registration everywhere (\(code)). Ask the provider about this account."
        case .unexpectedCode(let code):
            "The registration failed with an unusual code (\(code)). Check the server, login and password with the provider."
        case .providerSaid(let message):
            "The provider said: \(message)"
        case .runWatchToFollow(let regID):
            "Still registering; follow it with: sipline status \(regID) --watch"
        }
    }
}
