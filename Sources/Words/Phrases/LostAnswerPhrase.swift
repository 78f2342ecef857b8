/// Why the answer to an add is missing, in a few words ("the connection broke").
public enum LostAnswerPhrase: Phrase {
    case stoppedWaiting
    case noAnswerInTime
    case connectionBroke
    case answerTooLarge
    case failedAfterSending
    case serverError(status: Int)
    case emptyAnswer(status: Int)
    case foreignAnswer(status: Int)
    case answerLost
    /// A 200 whose result did not describe the new line.
    case answerDidNotDescribeLine
}
