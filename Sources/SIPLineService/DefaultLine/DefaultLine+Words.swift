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

    /// The line in words, with its name when `names` (from `voximplant.line.get`) has one; the portal's text is
    /// made visible (VisibleText), ready to print.
    public func described(in words: Words, names: [String: String]) -> String {
        let line = VisibleText.escape(words(phrase))
        guard let name = names[lineID], !name.isEmpty else { return line }
        return words(DefaultLinePhrase.named(line: line, name: VisibleText.escape(name)))
    }
}

extension DefaultLineChange {
    /// The sentence for what happened: "was: …, now: this line" or why not.
    public func sentence(in words: Words) -> String {
        let describe = { (line: OutgoingLine) in line.described(in: words, names: names) }
        switch outcome {
        case .madeDefault: return words(DefaultLinePhrase.madeDefault(was: describe(was), now: describe(now)))
        case .alreadyDefault: return words(DefaultLinePhrase.alreadyDefault(line: describe(now)))
        case .notTaken: return words(DefaultLinePhrase.notTaken(now: describe(now), expected: describe(expected)))
        }
    }
}
