extension ReviewPhrase {
    public var legacyEnglish: String {
        switch self {
        case .heading: "Review"
        case .typeLabel: "PBX type"
        case .nameLabel: "Name"
        case .serverLabel: "Server"
        case .loginLabel: "Login"
        case .passwordLabel: "Password"
        case .portalLabel: "Portal"
        case .webhookInParentheses(let webhook): "(webhook \(webhook))"
        case .fixFirstProblem: "Press Enter to fix the first problem, or 1-4 to open a step."
        case .createButton: "Create line"
        case .creatingOn(let host): "Creating the line on \(host) …"
        case .submittedLine(let type, let title, let server, let login):
            "\(type.legacyEnglish) \"\(title)\" at \(server), login \(login)"
        case .stoppedWaiting: "Stopped waiting. sipline is asking the portal whether the line was created …"
        case .stopWaitingHint:
            "(Ctrl-C stops waiting; if the portal already created the line, sipline finds it and says so.)"
        case .unknownTitle: "It is unknown whether the line was created."
        case .unknownBody:
            "The portal's answer was lost and sipline could not ask the portal afterwards. Do not simply try again: "
                + "that could create the line twice."
        case .whatHappened(let reason): "What happened: \(reason.legacyEnglish)"
        case .unknownAdvice: "Check with `sipline list` whether a line with this name exists."
        case .unknownKeys: "Esc goes back to review with everything you typed; q quits."
        case .checkBeforeRetry:
            "The outcome of the last try is unknown. Check with `sipline list` that the line does not exist before "
                + "you press Enter to create it."
        case .notCreated(let reason): "The line was not created (\(reason.legacyEnglish)). Press Enter to try again."
        case .titleExists(let title): "A line named \"\(title)\" already exists on this portal. Choose another name."
        case .maxCloudLines:
            "The portal already has its maximum number of cloud PBX lines. Choose Office PBX, or remove a cloud line "
                + "you no longer need (`sipline list`, then `sipline delete CONFIG_ID`) and try again."
        case .fieldErrorsIntro: "The portal did not accept the line. It said:"
        case .portalSaid(let message): message
        case .unavailable(let reason):
            "The portal could not be reached or did not answer as Bitrix24 does: \(reason.legacyEnglish) Press Enter to try again."
        case .refused(let reason): "The portal refused the line: \(reason.legacyEnglish)"
        case .serverChecked(let server, let summary): "\(server): \(summary.legacyEnglish)"
        }
    }
}
