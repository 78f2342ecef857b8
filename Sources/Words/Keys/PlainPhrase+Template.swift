extension PlainPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .chosenBecause(let reason): call(["reason": reason])
        case .stepHeading(let step, let total, let title): call(["step": step, "total": total, "title": title])
        case .choiceLine(let name, let description): call(["name": name, "description": description])
        case .registration(let state): call(["state": state])
        case .ask(let label), .askSecret(let label), .askSecretKeeping(let label): call(["label": label])
        case .askKeeping(let label, let current): call(["label": label, "current": current])
        case .askType(let current): call(["current": current])
        case .askPortalName(let suggested), .askSavePath(let suggested): call(["suggested": suggested])
        case .askNext(let quit): call(["quit": quit])
        case .answerFromOneTo(let last): call(["last": last])
        default: call()
        }
    }
}
