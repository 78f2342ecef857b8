extension ResultPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .cloudCreated(let title), .officeCreated(let title): call(["title": title])
        case .registrationAt(let server): call(["server": server])
        case .yourPBX(let configID, let server, let login):
            call(["configID": configID, "server": server, "login": login])
        case .foundAfterCheck(let reason), .historyNotWritten(let reason), .fixRefused(let reason),
             .defaultRefused(let reason):
            call(["reason": reason])
        case .saving(let path), .saved(let path): call(["path": path])
        case .saveFailed(let path, let reason): call(["path": path, "reason": reason])
        case .registered(let code): call(["code": code])
        case .providerSaid(let message): call(["message": message])
        case .couldNotAsk(let error, let regID): call(["error": error, "regID": regID])
        case .couldNotAskRetrying(let error): call(["error": error])
        case .sandboxHost(let host): call(["host": host])
        case .pbxConfigHeading(let format): call(["format": format])
        default: call()
        }
    }
}
