/// The wizard as plain line prompts: the questions, what an answer may be, and the words that say what kind of
/// message a line is (plain text has no colours or glyphs to say it).
public enum PlainPhrase: Phrase {
    case intro
    case chosenBecause(String)
    case errorLead, warningLead, noteLead, doneLead
    case stepHeading(step: Int, total: Int, title: String)
    case choiceLine(name: FormPhrase, description: FormPhrase)
    case hidden
    case registration(AnyPhrase)
    case ask(label: String)
    case askKeeping(label: String, current: String)
    case askSecret(label: String)
    case askSecretKeeping(label: String)
    case askType(current: Int)
    case askWebhook
    case askWebhookOrRecheck
    case askPortalName(suggested: String)
    case askCreate
    case askQuit
    case askContinueDraft
    case askNext(quit: Int)
    case askFormat
    case stepSave
    case stepDefault
    case stepFix
    case stepPBXConfig
    case stepNewLine
    case stepQuit
    case askSavePath(suggested: String)
    case askAfterUnknown
    case answerYesOrNo
    case answerOneOrTwo
    case answerCreate
    case answerOneTwoThree
    case answerFromOneTo(Int)
    case answerEnterOrQ
}
