extension OverlayPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .helpTitle(let topic): call(["topic": topic])
        case .createdInThisRun(let count): count == 0 ? call(variant: "none") : call(["count": count])
        case .moreDraftsKept(let count): call(["count": count])
        case .continueDraft(let title, let server, let typedAt):
            call(["title": title.nonEmpty, "server": server.nonEmpty, "typedAt": typedAt])
        case .typedFor(let host): call(["host": host])
        default: call()
        }
    }
}
