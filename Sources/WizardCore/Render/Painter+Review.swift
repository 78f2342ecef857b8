import TextSafety
import SIPLineService

extension Painter {
    func paintReview(_ canvas: inout Canvas) {
        canvas.put(3, margin + "Review", .title)
        let draft = state.draft
        let valueWidth = columns - Layout.margin - 16 - Layout.margin
        let rows: [(String, String, String)] = [
            ("1", "PBX type", Strings.typeName(draft.type)),
            ("2", "Name", value(draft.title, width: valueWidth)),
            ("3", "Server", value(draft.server, width: valueWidth)),
            ("4", "Login", value(draft.login, width: valueWidth)),
            (" ", "Password", draft.password.isEmpty ? "" : glyphs.mask(8)),
        ]
        var row = 5
        for (key, label, shown) in rows {
            canvas.put(row, [Span(margin), Span(key, .key), Span("  " + TextLayout.pad(label, to: 11)), Span(shown)])
            row += 1
        }
        let webhook = "(webhook " + state.context.redactedWebhook + ")"
        let host = value(state.context.portalHost, width: max(10, valueWidth - DisplayWidth.of(webhook) - 3))
        canvas.put(row, [Span(margin), Span("p", .key), Span("  " + TextLayout.pad("Portal", to: 11)), Span(host),
                         Span("   " + value(webhook, width: max(0, valueWidth - DisplayWidth.of(host) - 3)), .muted)])
        row += 2

        let issues = DraftValidator.validate(draft, knownTitles: state.knownTitles)
        var notices = issues.map(Notice.init)
        if state.screenNoticesOn == .review { notices += state.screenNotices }
        var lines = noticeLines(notices)
        if issues.contains(where: { $0.severity == .error }) {
            lines += prose("Press Enter to fix the first problem, or 1-4 to open a step.", style: .muted)
        }
        let buttonTop = bodyBottom - 3
        put(&canvas, lines, from: row, last: buttonTop - 2)

        let label = "   Create line   "
        let left = String(repeating: " ", count: max(Layout.margin, (columns - DisplayWidth.of(label) - 2) / 2))
        let bar = String(repeating: glyphs.rule, count: DisplayWidth.of(label))
        canvas.put(buttonTop, left + glyphs.topLeft + bar + glyphs.topRight, .muted)
        canvas.put(buttonTop + 1, [Span(left), Span(glyphs.vertical, .muted), Span(label, .focus),
                                   Span(glyphs.vertical, .muted)])
        canvas.put(buttonTop + 2, left + glyphs.bottomLeft + bar + glyphs.bottomRight, .muted)
    }

    func paintSubmitting(_ canvas: inout Canvas) {
        let elapsed = state.submitStartedAt.map { max(0, state.now - $0) } ?? 0
        let spinner = glyphs.spinner[Int(elapsed * 4) % glyphs.spinner.count]
        let host = value(state.context.portalHost, width: columns - 40)
        canvas.put(3, [Span(margin + "Creating the line on " + host + " " + glyphs.ellipsis + "  "),
                       Span(spinner, .key), Span(" \(Int(elapsed)) s")])
        let draft = state.draft
        let what = "\(Strings.typeName(draft.type)) \"\(draft.title.trimmingSpaces)\" at "
            + draft.server.trimmingSpaces + ", login " + draft.login.trimmingSpaces
        var row = put(&canvas, prose(what, style: .muted), from: 5, last: bodyBottom) + 1
        let note = state.stopRequested
            ? "Stopped waiting. sipline is asking the portal whether the line was created \(glyphs.ellipsis)"
            : "(Ctrl-C stops waiting; if the portal already created the line, sipline finds it and says so.)"
        row = put(&canvas, prose(note), from: row, last: bodyBottom)
    }

    func paintOutcomeUnknown(_ canvas: inout Canvas) {
        canvas.put(3, [Span(margin), Span(glyphs.warning, .warning), Span(" " + Strings.unknownTitle, .title)])
        var lines = prose(Strings.unknownBody)
        lines.append([])
        if let reason = state.unknownReason, !reason.isEmpty {
            lines += prose("What happened: " + reason, style: .muted)
            lines.append([])
        }
        lines += prose(Strings.unknownAdvice)
        lines.append([])
        lines += prose("Esc goes back to review with everything you typed; q quits.", style: .muted)
        put(&canvas, lines, from: 5, last: bodyBottom)
    }
}
