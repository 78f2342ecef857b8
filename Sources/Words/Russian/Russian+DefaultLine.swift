extension DefaultLinePhrase {
    public var legacyRussian: String {
        switch self {
        case .baseNumber:
            "основной номер портала (LINK_BASE_NUMBER)"
        case .number(let number):
            "номер \(number)"
        case .cloudLine(let regID):
            "облачная SIP-линия reg\(regID)"
        case .officeLine(let configID):
            "SIP-линия офисной АТС sip\(configID)"
        case .restAppLine(let app):
            "линия REST-приложения \(app) (REST_APP:\(app))"
        case .named(let line, let name):
            "\(line.legacyRussian), «\(name)»"
        case .current(let line):
            "Исходящая линия по умолчанию: \(line.legacyRussian)."
        case .madeDefault(let was, let now):
            "Было: \(was.legacyRussian); теперь: эта линия, \(now.legacyRussian)."
        case .alreadyDefault(let line):
            "Эта линия уже исходящая по умолчанию: \(line.legacyRussian)."
        case .notTaken(let now, let expected):
            "Портал принял изменение, но исходящей по умолчанию осталась \(now.legacyRussian), а не \(expected.legacyRussian). "
                + "Проверьте в настройках телефонии Битрикс24, можно ли звонить через эту линию."
        case .lineNotVisible(let configID):
            "Этот вебхук не видит линию с CONFIG_ID \(configID): её нет, либо она создана в настройках Битрикс24 "
                + "или другим приложением (см. sipline list)."
        }
    }
}
