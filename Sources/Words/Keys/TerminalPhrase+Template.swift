extension TerminalPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .unknownTerminal(let term), .unusableTerminal(let term), .cursesFailed(let term): call(["term": term])
        default: call()
        }
    }
}
