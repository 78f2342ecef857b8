extension ListPhrase {
    public var legacyEnglish: String {
        switch self {
        case .noLines(let host):
            "No SIP lines on \(host)."
        case .summary(let count, let cloud, let office, let host):
            "\(count) \(Plural.english(count, one: "line", other: "lines")) on \(host): \(cloud) cloud, \(office) office."
        case .lastColumnHeader:
            "REG_ID / INCOMING_SERVER"
        }
    }
}
