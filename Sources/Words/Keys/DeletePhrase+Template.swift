extension DeletePhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .cannotAsk(let configID): call(["configID": configID])
        case .confirmNamed(let configID, let title, let type, let server, let host):
            call(["configID": configID, "title": title, "type": type, "server": server, "host": host])
        case .confirm(let configID, let host), .deleted(let configID, let host):
            call(["configID": configID, "host": host])
        default: call()
        }
    }
}
