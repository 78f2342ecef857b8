extension UpdatePhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .updated(let configID, let host, let fields): call(["configID": configID, "host": host, "fields": fields])
        default: call()
        }
    }
}
