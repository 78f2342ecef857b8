import TextSafety
import Words

extension OutgoingLine {
    /// How a person reads this line.
    public var phrase: DefaultLinePhrase {
        switch self {
        case .number(let number): .number(number)
        case .cloudSIP(let regID): .cloudLine(regID: regID)
        case .officeSIP(let configID): .officeLine(configID: configID)
        case .restApp(let app): .restAppLine(app: app)
        case .baseNumber: .baseNumber
        }
    }

    /// The line in words, with its name when `names` (from `voximplant.line.get`) has one.
    public func described(names: [String: String]) -> AnyPhrase {
        guard let name = names[lineID], !name.isEmpty else { return AnyPhrase(phrase) }
        return AnyPhrase(DefaultLinePhrase.named(line: AnyPhrase(phrase), name: name))
    }
}

extension DefaultLineChange {
    /// What happened: "was: …, now: this line" or why not.
    public var phrase: DefaultLinePhrase {
        switch outcome {
        case .madeDefault: .madeDefault(was: was.described(names: names), now: now.described(names: names))
        case .alreadyDefault: .alreadyDefault(line: now.described(names: names))
        case .notTaken: .notTaken(now: now.described(names: names), expected: expected.described(names: names))
        }
    }
}
