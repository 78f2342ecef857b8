extension LostAnswerPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .serverError(let status), .emptyAnswer(let status), .foreignAnswer(let status): call(["status": status])
        default: call()
        }
    }
}
