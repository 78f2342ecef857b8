/// What listing the lines again after a lost answer showed: the reason of an add's outcome.
public enum ReconciliationPhrase: Phrase {
    /// Listing again showed no new line with the draft's name, server and login.
    case noNewLine(cause: LostAnswerPhrase)
    /// Listing again failed; `title` is the draft's, for the command that checks.
    case listingFailed(cause: LostAnswerPhrase, error: ServicePhrase, title: String)
    case listingTimedOut(cause: LostAnswerPhrase, after: DurationPhrase, title: String)
}
