extension PlainPhrase {
    public var english: String {
        switch self {
        case .intro:
            "sipline · New SIP line. Answer each question and press Enter; an empty answer keeps what is in "
                + "[brackets]. Ctrl-D or Ctrl-C quits and keeps what you typed as a draft."
        case .chosenBecause(let reason): "sipline: plain line prompts, because \(reason)."
        case .errorLead: "Error:"
        case .warningLead: "Warning:"
        case .noteLead: "Note:"
        case .doneLead: "Done:"
        case .stepHeading(let step, let total, let title): "Step \(step) of \(total) · \(title)"
        case .choiceLine(let name, let description): "\(name.english): \(description.english)"
        case .hidden: "(hidden)"
        case .registration(let state): "Registration: \(state.english)"
        case .ask(let label): "\(label): "
        case .askKeeping(let label, let current): "\(label) [\(current)]: "
        case .askSecret(let label): "\(label) (not shown as you type): "
        case .askSecretKeeping(let label): "\(label) [unchanged] (not shown as you type): "
        case .askType(let current): "PBX type, 1 or 2 [\(current)]: "
        case .askWebhook: "Webhook URL (not shown as you type): "
        case .askWebhookOrRecheck: "Webhook URL, or Enter to check the portal in use again (not shown as you type): "
        case .askPortalName(let suggested): "Save this portal as [\(suggested)] (- for this run only): "
        case .askCreate: "Create the line? [Y/n] (1-4 change a step, p another portal): "
        case .askQuit: "Quit sipline? What you typed is kept as a draft. [y/N]: "
        case .askContinueDraft: "Continue it? [Y/n]: "
        case .askNext: "Next: 1 save the details to a file, 2 another line, 3 quit [3]: "
        case .askSavePath(let suggested): "Save to [\(suggested)] (- to cancel): "
        case .askAfterUnknown: "Enter goes back to review; q quits: "
        case .answerYesOrNo: "Answer y or n."
        case .answerOneOrTwo: "Answer 1 (Cloud PBX) or 2 (Office PBX)."
        case .answerCreate: "Answer y, n, a step from 1 to 4, or p."
        case .answerOneTwoThree: "Answer 1, 2 or 3."
        case .answerEnterOrQ: "Press Enter, or answer q."
        }
    }
}
