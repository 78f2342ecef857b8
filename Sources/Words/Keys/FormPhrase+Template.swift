extension FormPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .linesSeen(let total, let cloud, let office): call(["total": total, "cloud": cloud, "office": office])
        case .linesNotListed(let reason): call(["reason": reason])
        case .credentialsHeadingAt(let server): call(["server": server])
        default: call()
        }
    }
}
