/// The portal's default outgoing line (`sipline default`, the result screens' `d`).
public enum DefaultLinePhrase: Phrase {
    /// `LINK_BASE_NUMBER`.
    case baseNumber
    /// A rented or connected number.
    case number(String)
    /// `reg<REG_ID>`.
    case cloudLine(regID: Int)
    /// `sip<CONFIG_ID>`.
    case officeLine(configID: Int)
    /// `REST_APP:<id>`.
    case restAppLine(app: String)
    /// A line described above, with its name from `voximplant.line.get`.
    case named(line: AnyPhrase, name: String)
    /// `sipline default`.
    case current(line: AnyPhrase)
    /// The set took.
    case madeDefault(was: AnyPhrase, now: AnyPhrase)
    /// Nothing to do.
    case alreadyDefault(line: AnyPhrase)
    /// The portal said 1 but the read-back differs.
    case notTaken(now: AnyPhrase, expected: AnyPhrase)
    /// `sipline default CONFIG_ID` for a line this webhook cannot see.
    case lineNotVisible(configID: Int)
}
