extension SummaryPhrase {
    public var legacyRussian: String {
        switch self {
        case .cloudLine(let title, let configID): "облачная линия «\(title)» (CONFIG_ID \(configID))"
        case .officeLine(let title, let configID): "офисная линия «\(title)» (CONFIG_ID \(configID))"
        case .createdOne(let line, let place): "sipline: создана \(line) на \(place)"
        case .createdMany(let count, let place, let lines):
            "sipline: на \(place) \(Plural.russian(count, one: "создана", few: "создано", many: "создано")) \(count) "
                + "\(Plural.russian(count, one: "линия", few: "линии", many: "линий")): \(lines)"
        case .sandboxPlace(let host): "\(host) (песочница)"
        case .draftNotKept(let reason): "sipline: не удалось сохранить форму как черновик: \(reason.legacyRussian)"
        }
    }
}
