extension ReviewPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .webhookInParentheses(let webhook): call(["webhook": webhook])
        case .creatingOn(let host): call(["host": host])
        case .submittedLine(let type, let title, let server, let login):
            call(["type": type, "title": title, "server": server, "login": login])
        case .whatHappened(let reason), .notCreated(let reason), .unavailable(let reason), .refused(let reason):
            call(["reason": reason])
        case .titleExists(let title): call(["title": title])
        case .portalAskedToWait(let note): call(["note": note])
        case .portalSaid(let message): call(["message": message])
        case .serverChecked(let server, let summary): call(["server": server, "summary": summary])
        default: call()
        }
    }
}
