extension AddPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .warning(let issue), .note(let issue): call(["issue": issue])
        case .historyNotRecorded(let reason): call(["reason": reason])
        case .foundAfterCheck(let reason), .notCreated(let reason), .outcomeUnknown(let reason):
            call(["reason": reason])
        default: call()
        }
    }
}
