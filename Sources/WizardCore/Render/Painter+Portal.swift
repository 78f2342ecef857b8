import Words
import SIPLineService
import TextSafety

extension Painter {
    func paintPortal(_ canvas: inout Canvas) {
        guard let step = state.portal else { return }
        canvas.put(3, margin + say(PortalPhrase.heading), .title)
        var row = put(&canvas, prose(PortalPhrase.help, style: .muted), from: 5, last: bodyBottom) + 1
        if let portal = state.context.portal, step.reason != .noPortal {
            var current = prose(PortalPhrase.inUse(host: portal.host, webhook: portal.redactedWebhook))
            if step.reason == .change { current += prose(PortalPhrase.recheckHint, style: .muted) }
            row = put(&canvas, current, from: row, last: bodyBottom) + 1
        }
        let editing = state.overlay == .none
        // Once sent to be checked, the code is never drawn again: the box shows a masked copy, cursor at its end.
        let url = step.masksCode ? TextField(WebhookMask.masked(step.url.text, mask: glyphs.mask(4))) : step.url
        paintTextBox(&canvas, row: row, box: layout.webhookBox, field: url,
                     focused: editing && (step.phase == .editing || step.problem != nil))
        row += 2

        var lines: [[Span]] = []
        switch step.phase {
        case .editing:
            break
        case .checking:
            let elapsed = step.checkStartedAt.map { max(0, state.now - $0) } ?? 0
            lines.append([Span(margin), Span(spinner(elapsed), .key),
                          Span(" " + say(PortalPhrase.checking) + " " + say(ScreenPhrase.seconds(Int(elapsed))))])
        case .problem(let problem):
            lines += noticeLines([Notice(.error, problem.phrase)])
            if step.reason == .addRefused { lines += prose(PortalPhrase.addRefused, style: .muted) }
        case .offer(let check), .saving(let check, _), .saveFailed(let check, _):
            lines += noticeLines([Notice(.success, PortalPhrase.works(host: check.portal.host)),
                                  Notice(connector: check.connector)])
        }
        row = put(&canvas, lines, from: row, last: bodyBottom)

        guard step.check != nil else { return }
        row += 1
        paintTextBox(&canvas, row: row, box: layout.portalNameBox, field: step.name, focused: editing && !step.isWaiting)
        row += 2
        let after: [[Span]] = switch step.phase {
        case .saving: prose(PortalPhrase.savingPortal, style: .muted)
        case .saveFailed(_, let reason): noticeLines([Notice(.error, PortalPhrase.saveFailed(reason))])
        default: prose(PortalPhrase.saveHint, style: .muted)
        }
        put(&canvas, after, from: row, last: bodyBottom)
    }
}
