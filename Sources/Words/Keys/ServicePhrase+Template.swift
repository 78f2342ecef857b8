extension ServicePhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .portal(let rest): call(["rest": rest])
        case .lineNotFound(let configID, let rest): call(["configID": configID, "rest": rest])
        case .registrationNotFound(let regID, let rest): call(["regID": regID, "rest": rest])
        case .unreadableAnswer(let method, let problem): call(["method": method, "problem": problem])
        case .invalidDraft(let issues): call(["issues": issues])
        case .listNotFinished(let pages): call(["pages": pages])
        case .untranslated(let text): call(["text": text])
        default: call()
        }
    }
}
