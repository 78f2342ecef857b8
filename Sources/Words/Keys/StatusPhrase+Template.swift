extension StatusPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .registration(let regID, let result, let code, let message, let updated):
            call(["regID": regID, "result": result, "code": code, "message": message, "updated": updated])
        case .regIDNotPositive(let value): call(["value": value])
        default: call()
        }
    }
}
