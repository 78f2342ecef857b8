import SIPLineService
import TextSafety
import Words

extension PlainWriter {
    /// The text of a place, printed once when the wizard gets there.
    mutating func opening(_ place: PlainPlace) {
        switch place {
        case .overlay(.quitConfirm): write(OverlayPhrase.createdInThisRun(state.createdLines.count))
        case .overlay(.draftOffer): draftOffer()
        case .overlay: break
        case .portal(let phase, let reason): portal(phase, reason: reason)
        case .screen(let screen): self.screen(screen)
        case .registrationFix: write(ResultPhrase.fixHint)
        case .pbxConfig(let format, let revealed): pbxConfig(format, revealed: revealed)
        }
    }

    private mutating func heading(_ step: Int, _ title: some Phrase) {
        write(say(PlainPhrase.stepHeading(step: step, total: 5, title: say(title))))
    }

    private mutating func screen(_ screen: Screen) {
        let form = state.form
        switch screen {
        case .portal: break
        case .pbxType:
            heading(1, FormPhrase.pbxTypeHeading)
            for (number, type) in [(1, PBXType.cloud), (2, .office)] {
                write(say(PlainPhrase.choiceLine(name: FormPhrase.typeName(type), description: FormPhrase.typeDescription(type))),
                      indent: 2, lead: "\(number) ")
            }
        case .title:
            heading(2, FormPhrase.titleHeading)
            write(FormPhrase.titleHelp)
        case .server:
            heading(3, FormPhrase.serverHeading)
            write(FormPhrase.serverHelp(form.pbxType))
        case .credentials:
            let server = form.server.text.trimmingSpaces
            heading(4, server.isEmpty ? FormPhrase.credentialsHeading : FormPhrase.credentialsHeadingAt(server: server))
            write(FormPhrase.credentialsHelp(form.pbxType))
        case .review: review()
        case .submitting:
            write(ReviewPhrase.creatingOn(host: state.context.portal?.host ?? ""))
            write(ReviewPhrase.stopWaitingHint)
        case .result: result()
        case .outcomeUnknown:
            write(Notice(.warning, ReviewPhrase.unknownTitle))
            write(ReviewPhrase.unknownBody)
            if let reason = state.submit.unknownReason { write(ReviewPhrase.whatHappened(reason)) }
        }
    }

    private mutating func review() {
        heading(5, ReviewPhrase.heading)
        let draft = state.form.draft
        let rows: [(DraftField, String)] = [
            (.type, say(FormPhrase.typeName(draft.type))), (.title, draft.title), (.server, draft.server),
            (.login, draft.login), (.password, draft.password.isEmpty ? "" : say(PlainPhrase.hidden)),
        ]
        let labels = rows.map { say(ReviewPhrase.label($0.0)) } + [say(ReviewPhrase.portalLabel)]
        let width = labels.map { DisplayWidth.of($0) }.max() ?? 0
        for (index, row) in rows.enumerated() {
            pair("\(index < 4 ? String(index + 1) : " ") \(labels[index])", row.1, labelWidth: width + 2)
        }
        let portal = state.context.portal
        pair("p \(labels[5])", (portal?.host ?? "") + " " + say(ReviewPhrase.webhookInParentheses(portal?.redactedWebhook ?? "")),
             labelWidth: width + 2)
        write(DraftValidator.validate(draft, knownTitles: state.knownLines.titles).map(Notice.init))
        if let check = state.serverCheck, check.isAbout(state.form), let line = check.reviewLine { write(line) }
    }

    private mutating func draftOffer() {
        guard let offer = state.keptDraft.offered else { return }
        write(OverlayPhrase.draftKept)
        write(OverlayPhrase.continueDraft(title: offer.draft.title, server: offer.draft.server, typedAt: offer.typedAt))
        if !offer.draft.portalHost.isEmpty, offer.draft.portalHost != state.context.portal?.host {
            write(OverlayPhrase.typedFor(host: offer.draft.portalHost))
        }
        if offer.othersKept > 0 { write(OverlayPhrase.moreDraftsKept(offer.othersKept)) }
        write(OverlayPhrase.passwordNeverKept)
    }

    private mutating func portal(_ phase: PortalStep.Phase, reason: PortalStep.Reason) {
        switch phase {
        case .editing:
            write(PortalPhrase.heading)
            write(PortalPhrase.help)
            if let portal = state.context.portal, reason != .noPortal {
                write(PortalPhrase.inUse(host: portal.host, webhook: portal.redactedWebhook))
            }
        case .checking: write(PortalPhrase.checking)
        case .problem(let problem):
            write(Notice(.error, problem.phrase))
            if reason == .addRefused { write(PortalPhrase.addRefused) }
        case .offer(let check):
            write([Notice(.success, PortalPhrase.works(host: check.portal.host)), Notice(connector: check.connector)])
            write(PortalPhrase.saveHint)
        case .saving: write(PortalPhrase.savingPortal)
        case .saveFailed(_, let reason): write(Notice(.error, PortalPhrase.saveFailed(reason)))
        }
    }

    /// The whole configuration at once (a terminal scrolls it back; a screen reader reads it line by line).
    private mutating func pbxConfig(_ format: PBXConfigFormat, revealed: Bool) {
        guard let line = state.result?.line, let side = try? OfficePBXSide(line: line) else {
            return write(Notice(.warning, ResultPhrase.pbxConfigUnavailable))
        }
        let text = PBXConfigWriter(words: words, revealPassword: revealed).write(side, format: format)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(VisibleText.escape(line))
        }
    }
}
