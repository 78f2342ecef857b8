extension ScreenPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .step(let step, let total): call(["step": step, "total": total])
        case .tooSmall(let columns, let rows): call(["columns": columns, "rows": rows])
        case .seconds(let seconds): call(["seconds": seconds])
        default: call()
        }
    }
}
