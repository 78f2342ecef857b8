import Words
import SIPLineService
import TextSafety

extension Painter {
    func paintReview(_ canvas: inout Canvas) {
        canvas.put(3, margin + say(ReviewPhrase.heading), .title)
        let draft = state.form.draft
        // The key, two spaces, the label column (the longest label of this language and three spaces), the value.
        let labels = DraftField.allCases.map { say(ReviewPhrase.label($0)) } + [say(ReviewPhrase.portalLabel)]
        let labelColumn = (labels.map(DisplayWidth.of).max() ?? 0) + 3
        let valueWidth = columns - Layout.margin - (Layout.margin + 3 + labelColumn) - Layout.margin
        let rows: [(String, DraftField, String)] = [
            ("1", .type, say(FormPhrase.typeName(draft.type))),
            ("2", .title, value(draft.title, width: valueWidth)),
            ("3", .server, value(draft.server, width: valueWidth)),
            ("4", .login, value(draft.login, width: valueWidth)),
            (" ", .password, draft.password.isEmpty ? "" : glyphs.mask(8)),
        ]
        var row = 5
        for (key, field, shown) in rows {
            canvas.put(row, [Span(margin), Span(key, .key),
                             Span("  " + TextLayout.pad(say(ReviewPhrase.label(field)), to: labelColumn)), Span(shown)])
            row += 1
        }
        let portal = state.context.portal
        let webhook = say(ReviewPhrase.webhookInParentheses(portal?.redactedWebhook ?? ""))
        let host = value(portal?.host ?? "", width: max(10, valueWidth - DisplayWidth.of(webhook) - 3))
        canvas.put(row, [Span(margin), Span("p", .key), Span("  " + TextLayout.pad(say(ReviewPhrase.portalLabel), to: labelColumn)),
                         Span(host), Span("   " + value(webhook, width: max(0, valueWidth - DisplayWidth.of(host) - 3)), .muted)])
        row += 2

        let issues = DraftValidator.validate(draft, knownTitles: state.knownLines.titles)
        let checked = state.serverCheck.flatMap { $0.isAbout(state.form) ? $0.reviewLine : nil }
        var lines = noticeLines(issues.map(Notice.init) + (checked.map { [$0] } ?? []) + state.screenNotices.on(.review))
        if issues.contains(where: { $0.severity == .error }) {
            lines += prose(ReviewPhrase.fixFirstProblem, style: .muted)
        }
        // The button box takes three rows; when the messages need them, it becomes one line at the bottom.
        let roomy = row + lines.count <= bodyBottom - 5
        put(&canvas, lines, from: row, last: roomy ? bodyBottom - 5 : bodyBottom - 2)
        let label = "   " + say(ReviewPhrase.createButton) + "   "
        let left = String(repeating: " ", count: max(Layout.margin, (columns - DisplayWidth.of(label) - 2) / 2))
        guard roomy else {
            canvas.put(bodyBottom, [Span(left), Span("[", .muted), Span(label, .focus), Span("]", .muted)])
            return
        }
        let buttonTop = bodyBottom - 3
        let bar = String(repeating: glyphs.rule, count: DisplayWidth.of(label))
        canvas.put(buttonTop, left + glyphs.topLeft + bar + glyphs.topRight, .muted)
        canvas.put(buttonTop + 1, [Span(left), Span(glyphs.vertical, .muted), Span(label, .focus),
                                   Span(glyphs.vertical, .muted)])
        canvas.put(buttonTop + 2, left + glyphs.bottomLeft + bar + glyphs.bottomRight, .muted)
    }

    func paintSubmitting(_ canvas: inout Canvas) {
        let elapsed = state.submit.startedAt.map { max(0, state.now - $0) } ?? 0
        let host = value(state.context.portal?.host ?? "", width: columns - 40)
        canvas.put(3, [Span(margin + say(ReviewPhrase.creatingOn(host: host)) + "  "),
                       Span(spinner(elapsed), .key), Span(" " + say(ScreenPhrase.seconds(Int(elapsed))))])
        let draft = state.form.draft
        let what = ReviewPhrase.submittedLine(type: FormPhrase.typeName(draft.type), title: draft.title.trimmingSpaces,
                                              server: draft.server.trimmingSpaces, login: draft.login.trimmingSpaces)
        let row = put(&canvas, prose(what, style: .muted), from: 5, last: bodyBottom) + 1
        let next = put(&canvas, prose(state.submit.stopRequested ? ReviewPhrase.stoppedWaiting : ReviewPhrase.stopWaitingHint),
                       from: row, last: bodyBottom) + 1
        if let note = state.submit.portalWait {
            put(&canvas, prose(ReviewPhrase.portalAskedToWait(note: note), style: .warning), from: next, last: bodyBottom)
        }
    }

    func paintOutcomeUnknown(_ canvas: inout Canvas) {
        canvas.put(3, [Span(margin), Span(glyphs.warning, .warning), Span(" " + say(ReviewPhrase.unknownTitle), .title)])
        var lines = prose(ReviewPhrase.unknownBody)
        lines.append([])
        if let reason = state.submit.unknownReason {
            lines += prose(ReviewPhrase.whatHappened(reason), style: .muted)
            lines.append([])
        }
        // The reason itself says how to check (`sipline list`, by the line's title): not repeated here.
        lines += prose(ReviewPhrase.unknownKeys, style: .muted)
        put(&canvas, lines, from: 5, last: bodyBottom)
    }

    /// The spinner's frame for `elapsed` seconds (4 a second).
    func spinner(_ elapsed: Double) -> String {
        glyphs.spinner[Int(elapsed * 4) % glyphs.spinner.count]
    }
}
