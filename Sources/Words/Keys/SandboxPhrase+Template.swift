extension SandboxPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .portOutOfRange(let port): call(["port": port])
        case .maxCloudLinesNegative(let value): call(["value": value])
        }
    }
}
