/// The boxes over a screen: help, the quit question, the draft kept by an earlier run.
public enum OverlayPhrase: Phrase {
    case helpTitle(HelpTopicPhrase)
    case helpCloses
    case quitQuestion
    case quitQuestionShort
    case yes
    case no
    case createdInThisRun(Int)
    case draftKept
    case continueDraft(title: String, server: String, typedAt: String)
    case typedFor(host: String)
    case moreDraftsKept(Int)
    case passwordNeverKept
    case continueChoice
    case startFreshChoice
}
