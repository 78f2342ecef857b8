extension ReconciliationPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .noNewLine(let cause): call(["cause": cause])
        case .listingFailed(let cause, let error, let title): call(["cause": cause, "error": error, "title": title])
        case .listingTimedOut(let cause, let after, let title): call(["cause": cause, "after": after, "title": title])
        }
    }
}
