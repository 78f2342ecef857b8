extension CreatedLinePhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .created(let configID, let host): call(["configID": configID, "host": host])
        case .followRegistration(let server, let regID): call(["server": server, "regID": regID])
        default: call()
        }
    }
}
