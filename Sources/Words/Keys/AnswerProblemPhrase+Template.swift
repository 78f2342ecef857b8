extension AnswerProblemPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .unknownStatusResult(let value): call(["value": value])
        default: call()
        }
    }
}
