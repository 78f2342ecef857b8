extension SummaryPhrase {
    public var legacyEnglish: String {
        switch self {
        case .cloudLine(let title, let configID): "cloud line \"\(title)\" (CONFIG_ID \(configID))"
        case .officeLine(let title, let configID): "office line \"\(title)\" (CONFIG_ID \(configID))"
        case .createdOne(let line, let place): "sipline: created \(line) on \(place)"
        case .createdMany(let count, let place, let lines): "sipline: created \(count) lines on \(place): \(lines)"
        case .sandboxPlace(let host): "\(host) (sandbox)"
        case .draftNotKept(let reason): "sipline: the form could not be kept as a draft: \(reason.legacyEnglish)"
        }
    }
}
