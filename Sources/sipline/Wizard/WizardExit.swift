import SIPLineService
import WizardCore
import Words

/// How a wizard run ends for the shell: the exit status of the core's reason, and the one line left on the normal
/// screen (what was created, where; never a secret).
enum WizardExit {
    static func status(_ reason: QuitReason) -> ExitStatus {
        switch reason {
        case .created: .success
        case .cancelled: .cancelled
        }
    }

    /// The lines created (if any), then the draft kept (if the person quit with something typed).
    static func summary(_ reason: QuitReason, keptDraft: KeptDraft?, words: Words) -> [String] {
        var said: [String] = []
        if let created = created(reason, words: words) { said.append(created) }
        if let kept = keptDraft, !kept.isEmpty {
            said.append(words(SummaryPhrase.draftKept(title: kept.title.isEmpty ? nil : kept.title)))
        }
        return said
    }

    private static func created(_ reason: QuitReason, words: Words) -> String? {
        guard case .created(let lines, let portal) = reason, !lines.isEmpty else { return nil }
        let place = portal.isSandbox ? words(SummaryPhrase.sandboxPlace(host: portal.host)) : portal.host
        let described = lines.map { line in
            words(line.type == .cloud ? SummaryPhrase.cloudLine(title: line.title, configID: line.configID)
                : SummaryPhrase.officeLine(title: line.title, configID: line.configID))
        }
        if described.count == 1 { return words(SummaryPhrase.createdOne(line: described[0], place: place)) }
        return words(SummaryPhrase.createdMany(count: lines.count, place: place, lines: described.joined(separator: ", ")))
    }
}
