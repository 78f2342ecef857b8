/// What was wrong with a successful answer of the portal that sipline could not read.
public enum AnswerProblemPhrase: Phrase {
    case connectorStatusNotObject
    case lineNotObject
    case lineWithoutConfigID
    case linesNeitherListNorEmpty
    case statusNotObject
    case statusWithoutResult
    /// `value` is the first 40 characters of the portal's STATUS_RESULT.
    case unknownStatusResult(value: String)
    /// `voximplant.sip.update`/`delete` answered something other than `true`.
    case changeNotConfirmed
    /// `voximplant.line.outgoing.get` answered something other than a line id.
    case notALineID
    /// `voximplant.line.get` answered something other than an object of lines.
    case notAnObjectOfLines
}
