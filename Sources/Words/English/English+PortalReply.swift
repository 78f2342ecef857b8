extension PortalReplyPhrase {
    public var legacyEnglish: String {
        switch self {
        case .codeAndText(let code, let text): "\(code): \(text)"
        case .code(let code): code
        case .text(let text): text
        case .status(let status): "HTTP \(status)"
        }
    }
}
