import TextSafety
import SIPLineService

extension Painter {
    func paintPortal(_ canvas: inout Canvas) {
        guard let step = state.portal else { return }
        canvas.put(3, margin + Strings.portalHeading, .title)
        var row = put(&canvas, prose(Strings.portalHelp, style: .muted), from: 5, last: bodyBottom) + 1
        if state.hasPortal, step.reason != .noPortal {
            var current = prose(Strings.portalCurrent(host: state.context.portalHost,
                                                      webhook: state.context.redactedWebhook))
            if step.reason == .change { current += prose(Strings.portalRecheckHint, style: .muted) }
            row = put(&canvas, current, from: row, last: bodyBottom) + 1
        }
        let editing = state.overlay == .none
        paintWebhookField(&canvas, step, row: row, focused: editing && (step.phase == .editing || isProblem(step)))
        row += 2

        var lines: [[Span]] = []
        switch step.phase {
        case .editing:
            break
        case .checking:
            let elapsed = step.checkStartedAt.map { max(0, state.now - $0) } ?? 0
            let spinner = glyphs.spinner[Int(elapsed * 4) % glyphs.spinner.count]
            lines.append([Span(margin), Span(spinner, .key),
                          Span(" " + glyphs.words(Strings.portalChecking(host: nil)) + " \(Int(elapsed)) s")])
        case .problem(let problem):
            lines += noticeLines([Notice(.error, Strings.portalProblem(problem))])
            if step.reason == .addRefused { lines += prose(Strings.portalAddRefused, style: .muted) }
        case .offer(let check), .saving(let check, _), .saveFailed(let check, _):
            lines += noticeLines([Notice(.success, Strings.portalWorks(host: check.host)),
                                  Strings.connector(check.connector)])
        }
        row = put(&canvas, lines, from: row, last: bodyBottom)

        guard step.check != nil else { return }
        row += 1
        paintPortalName(&canvas, step, row: row, focused: editing && !isSaving(step))
        row += 2
        var after: [[Span]] = []
        switch step.phase {
        case .saving:
            after += prose(glyphs.words("Saving …"), style: .muted)
        case .saveFailed(_, let reason):
            after += noticeLines([Notice(.error, Strings.portalSaveFailed(reason))])
        default:
            after += prose(Strings.portalSaveHint, style: .muted)
        }
        put(&canvas, after, from: row, last: bodyBottom)
    }

    private func isProblem(_ step: PortalStep) -> Bool {
        if case .problem = step.phase { return true }
        return false
    }

    private func isSaving(_ step: PortalStep) -> Bool {
        if case .saving = step.phase { return true }
        return false
    }

    private func paintWebhookField(_ canvas: inout Canvas, _ step: PortalStep, row: Int, focused: Bool) {
        let width = Layout.webhookFieldWidth(columns: columns)
        // Once sent to be checked, the code is never drawn again: the box shows a masked copy, cursor at its end.
        let field = step.masksCode ? TextField(WebhookMask.masked(step.url.text, mask: glyphs.mask(4))) : step.url
        let window = field.window(width: width, mask: nil)
        canvas.put(row, [
            Span(margin), Span(Layout.webhookLabel, focused ? .focus : .plain), Span("  "),
            Span(glyphs.fieldBar, focused ? Style(role: .focus, bold: true) : .muted),
            Span(TextLayout.pad(window.text, to: width), .field),
            Span(glyphs.fieldBar, focused ? Style(role: .focus, bold: true) : .muted),
        ])
        if focused {
            canvas.cursor = CursorPosition(row: row, column: Layout.webhookBarColumn + 1 + window.cursorColumn)
        }
    }

    private func paintPortalName(_ canvas: inout Canvas, _ step: PortalStep, row: Int, focused: Bool) {
        let width = Layout.portalNameWidth(columns: columns)
        let window = step.name.window(width: width, mask: nil)
        canvas.put(row, [
            Span(margin), Span(Layout.portalNameLabel, focused ? .focus : .plain), Span("  "),
            Span(glyphs.fieldBar, focused ? Style(role: .focus, bold: true) : .muted),
            Span(TextLayout.pad(window.text, to: width), .field),
            Span(glyphs.fieldBar, focused ? Style(role: .focus, bold: true) : .muted),
        ])
        if focused {
            canvas.cursor = CursorPosition(row: row, column: Layout.portalNameBarColumn + 1 + window.cursorColumn)
        }
    }
}
