extension DefaultLinePhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .number(let number): call(["number": number])
        case .cloudLine(let regID): call(["regID": regID])
        case .officeLine(let configID), .lineNotVisible(let configID): call(["configID": configID])
        case .restAppLine(let app): call(["app": app])
        case .named(let line, let name): call(["line": line, "name": name])
        case .current(let line), .alreadyDefault(let line): call(["line": line])
        case .madeDefault(let was, let now): call(["was": was, "now": now])
        case .notTaken(let now, let expected): call(["now": now, "expected": expected])
        default: call()
        }
    }
}
