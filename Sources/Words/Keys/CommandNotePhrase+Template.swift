extension CommandNotePhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .rateLimitWait(let delay, let retry): call(["delay": delay, "retry": retry])
        case .operatingLimitWait(let delay): call(["delay": delay])
        case .portalMoved(let address, let source): call(["address": address, "source": source])
        case .malformedTimeout(let variable, let value): call(["variable": variable, "value": value])
        }
    }
}
