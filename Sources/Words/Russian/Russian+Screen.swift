extension ScreenPhrase {
    public var legacyRussian: String {
        switch self {
        case .headerNew: "sipline · Новая SIP-линия"
        case .headerCreated: "sipline · SIP-линия создана"
        case .step(let step, let total): "Шаг \(step) из \(total)"
        case .sandboxMark: "ПЕСОЧНИЦА"
        case .tooSmall(let columns, let rows):
            "sipline нужен терминал не меньше 80×24 (этот — \(columns)×\(rows))."
        case .enlargeKeepsEverything: "Увеличьте окно: всё, что вы ввели, сохранится."
        case .moreMakeTaller: "(дальше не поместилось: увеличьте высоту терминала)"
        case .moreScrollDown: "(ниже есть ещё: Down или PgDn)"
        case .seconds(let seconds): "\(seconds) с"
        }
    }
}
