/// The portal's default outgoing line as `voximplant.line.outgoing.get` names it.
public enum OutgoingLine: Sendable, Hashable {
    /// A rented or connected number.
    case number(String)
    /// `reg<REG_ID>`: a cloud SIP line.
    case cloudSIP(regID: Int)
    /// `sip<CONFIG_ID>`: an office SIP line.
    case officeSIP(configID: Int)
    /// `REST_APP:<APP_ID>`: a line of a REST telephony application.
    case restApp(String)
    /// `LINK_BASE_NUMBER`: the portal's base number (a fresh portal's default).
    case baseNumber

    /// Reads the string the portal uses for a line.
    public init(lineID: String) {
        let text = lineID.trimmingCharacters(in: " ")
        if text == "LINK_BASE_NUMBER" {
            self = .baseNumber
        } else if text.hasPrefix("REST_APP:") {
            self = .restApp(String(text.dropFirst("REST_APP:".count)))
        } else if text.hasPrefix("reg"), let regID = Int(text.dropFirst(3)), regID > 0 {
            self = .cloudSIP(regID: regID)
        } else if text.hasPrefix("sip"), let configID = Int(text.dropFirst(3)), configID > 0 {
            self = .officeSIP(configID: configID)
        } else {
            self = .number(text)
        }
    }

    /// The portal's string for this line (the key of `voximplant.line.get`).
    public var lineID: String {
        switch self {
        case .number(let number): number
        case .cloudSIP(let regID): "reg\(regID)"
        case .officeSIP(let configID): "sip\(configID)"
        case .restApp(let app): "REST_APP:\(app)"
        case .baseNumber: "LINK_BASE_NUMBER"
        }
    }

    /// The outgoing line a SIP line becomes: `reg<REG_ID>` for cloud, `sip<CONFIG_ID>` for office.
    public init(sipLine line: ListedLine) {
        if line.type == .cloud, let regID = line.regID {
            self = .cloudSIP(regID: regID)
        } else {
            self = .officeSIP(configID: line.configID)
        }
    }
}

extension String {
    fileprivate func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}

/// What `makeDefault` did, read back from the portal (`.set` answers 1 whatever it did).
public struct DefaultLineChange: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// The default is now this line.
        case madeDefault
        /// It already was.
        case alreadyDefault
        /// The portal confirmed the call but the default did not become this line.
        case notTaken
    }

    public var outcome: Outcome
    public var was: OutgoingLine
    public var now: OutgoingLine
    /// What the default should read as: `reg<REG_ID>` or `sip<CONFIG_ID>`.
    public var expected: OutgoingLine
    /// `voximplant.line.get`'s name of each line involved, when the portal gave one.
    public var names: [String: String]

    public init(outcome: Outcome, was: OutgoingLine, now: OutgoingLine, expected: OutgoingLine, names: [String: String]) {
        (self.outcome, self.was, self.now, self.expected, self.names) = (outcome, was, now, expected, names)
    }
}
