extension CommandPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .invalidFields(let count): count == 1 ? call(variant: "one") : call(["count": count])
        case .configIDNotPositive(let value): call(["value": value])
        case .unknownFormat(let value, let known): call(["value": value, "known": known])
        case .standardInputUnreadable(let reason): call(["reason": reason])
        case .passwordFileReadableByOthers(let path, let mode): call(["path": path, "mode": mode])
        case .passwordFileFailure(let failure): call(["failure": failure])
        case .passwordFileUnreadable(let path): call(["path": path])
        case .passwordNotUTF8(let source): call(["source": source])
        case .tokensNotSaved(let problem): call(["problem": problem])
        case .logFileNotOpened(let path, let reason): call(["path": path, "reason": reason])
        case .sandboxDidNotStart(let reason): call(["reason": reason])
        default: call()
        }
    }
}
