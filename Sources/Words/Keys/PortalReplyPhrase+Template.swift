extension PortalReplyPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .codeAndText(let code, let text): call(["code": code, "text": text])
        case .code(let code): call(["code": code])
        case .text(let text): call(["text": text])
        case .status(let status): call(["status": status])
        }
    }
}
