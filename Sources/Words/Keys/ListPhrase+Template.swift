extension ListPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .noLines(let host): call(["host": host])
        case .summary(let count, let cloud, let office, let host):
            call(["count": count, "cloud": cloud, "office": office, "host": host])
        default: call()
        }
    }
}
