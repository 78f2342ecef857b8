extension ScreenPhrase {
    public var legacyEnglish: String {
        switch self {
        case .headerNew: "sipline · New SIP line"
        case .headerCreated: "sipline · SIP line created"
        case .step(let step, let total): "Step \(step) of \(total)"
        case .sandboxMark: "SANDBOX"
        case .tooSmall(let columns, let rows):
            "sipline needs a terminal of at least 80×24 (this one is \(columns)×\(rows))."
        case .enlargeKeepsEverything: "Enlarge the window: everything you typed is kept."
        case .moreMakeTaller: "(more: make the terminal taller)"
        case .moreScrollDown: "(more below: Down or PgDn)"
        case .seconds(let seconds): "\(seconds) s"
        }
    }
}
