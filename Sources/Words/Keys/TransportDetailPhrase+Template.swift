extension TransportDetailPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .system(let text): call(["text": text])
        case .notAProxyAddress(let variable): call(["variable": variable])
        default: call()
        }
    }
}
