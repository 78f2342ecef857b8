extension DefaultLinePhrase {
    public var legacyEnglish: String {
        switch self {
        case .baseNumber:
            "the portal's base number (LINK_BASE_NUMBER)"
        case .number(let number):
            "the number \(number)"
        case .cloudLine(let regID):
            "cloud SIP line reg\(regID)"
        case .officeLine(let configID):
            "office SIP line sip\(configID)"
        case .restAppLine(let app):
            "the line of REST application \(app) (REST_APP:\(app))"
        case .named(let line, let name):
            "\(line.legacyEnglish), \"\(name)\""
        case .current(let line):
            "Default outgoing line: \(line.legacyEnglish)."
        case .madeDefault(let was, let now):
            "Was: \(was.legacyEnglish); now: this line, \(now.legacyEnglish)."
        case .alreadyDefault(let line):
            "This line already is the default outgoing line: \(line.legacyEnglish)."
        case .notTaken(let now, let expected):
            "The portal accepted the change, yet the default outgoing line is still \(now.legacyEnglish), not \(expected.legacyEnglish). "
                + "Check in Bitrix24's telephony settings whether this line may make calls."
        case .lineNotVisible(let configID):
            "This webhook sees no line with CONFIG_ID \(configID): it does not exist, or it was made in Bitrix24's "
                + "settings or by another application (see sipline list)."
        }
    }
}
