extension PBXConfigPhrase: CataloguePhrase {
    public var template: TemplateCall {
        switch self {
        case .header(let title, let configID): call(["title": title, "configID": configID])
        case .contextNote(let context): call(["context": context])
        case .transportNote(let name): call(["name": name])
        case .cloudLineHasNoPBXSide(let configID), .noIncomingCredentials(let configID): call(["configID": configID])
        default: call()
        }
    }
}
