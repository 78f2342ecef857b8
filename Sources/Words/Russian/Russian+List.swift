extension ListPhrase {
    public var legacyRussian: String {
        switch self {
        case .noLines(let host):
            "На портале \(host) нет SIP-линий."
        case .summary(let count, let cloud, let office, let host):
            "\(count) \(Plural.russian(count, one: "линия", few: "линии", many: "линий")) на \(host): "
                + "облачных — \(cloud), офисных — \(office)."
        case .lastColumnHeader:
            "REG_ID / INCOMING_SERVER"
        }
    }
}
