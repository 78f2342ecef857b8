extension SummaryPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .cloudLine(let title, let configID), .officeLine(let title, let configID):
            call(["title": title, "configID": configID])
        case .createdOne(let line, let place): call(["line": line, "place": place])
        case .createdMany(let count, let place, let lines): call(["count": count, "place": place, "lines": lines])
        case .sandboxPlace(let host): call(["host": host])
        case .draftNotKept(let reason): call(["reason": reason])
        case .draftKept(let title): call(["title": title])
        }
    }
}
