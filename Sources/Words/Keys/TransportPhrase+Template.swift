extension TransportPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .refused(let target, let detail), .dns(let target, let detail), .tls(let target, let detail),
             .connectTimeout(let target, let detail), .proxy(let target, let detail),
             .timeoutAfterSend(let target, let detail), .connectionLost(let target, let detail),
             .answerTooLarge(let target, let detail), .other(let target, let detail):
            call(["target": target, "detail": detail.flatMap(\.shown)])
        case .cancelledAfterSending(let target), .cancelledBeforeSending(let target): call(["target": target])
        }
    }
}

extension TransportDetailPhrase {
    /// The detail, unless it is an empty system text: the sentence then leaves out its parentheses.
    fileprivate var shown: TransportDetailPhrase? {
        if case .system(let text) = self, text.isEmpty { nil } else { self }
    }
}
