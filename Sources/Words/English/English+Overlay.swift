extension OverlayPhrase {
    public var legacyEnglish: String {
        switch self {
        case .helpTitle(let topic): "Help · \(topic.legacyEnglish)"
        case .helpCloses: "Esc or F1 closes this help."
        case .quitQuestion: "Quit sipline?"
        case .quitQuestionShort: "Quit sipline? y/n"
        case .yes: "yes"
        case .no: "no"
        case .createdInThisRun(let count):
            count == 0 ? "No line has been created in this run."
                : "\(count) \(Plural.english(count, one: "line was", other: "lines were")) created in this run."
        case .draftKept: "A draft was kept when sipline last quit."
        case .continueDraft(let title, let server, let typedAt):
            "Continue the draft" + (title.isEmpty ? "" : " \"\(title)\"") + (server.isEmpty ? "" : " at \(server)")
                + " (typed \(typedAt))?"
        case .typedFor(let host): "It was typed for \(host)."
        case .moreDraftsKept(let count):
            "\(count) more \(Plural.english(count, one: "draft is", other: "drafts are")) kept; offered one at a time."
        case .passwordNeverKept: "The password is never kept: type it again."
        case .continueChoice: "continue"
        case .startFreshChoice: "start fresh (the draft is deleted)"
        }
    }
}
