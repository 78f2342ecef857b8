import TextSafety
import SIPLineService

extension Painter {
    /// Help replaces the body with a framed list of this screen's keys.
    func paintHelp(_ canvas: inout Canvas) {
        let keys = HelpText.keys(state.screen)
        let keyWidth = min(18, keys.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let inner = min(columns - 2 * Layout.margin - 2, 76)
        var body: [[Span]] = [[Span(" " + glyphs.words(HelpText.title(state.screen)), .title)], []]
        for (key, action) in keys {
            body.append([Span(" " + TextLayout.pad(key, to: keyWidth), .key),
                         Span("  " + TextLayout.truncate(glyphs.words(action), to: inner - keyWidth - 3,
                                                          ellipsis: glyphs.ellipsis))])
        }
        body.append([])
        body.append([Span(" Esc or F1 closes this help.", .muted)])
        paintBox(&canvas, body, inner: inner, top: bodyTop)
    }

    func paintQuitConfirm(_ canvas: inout Canvas) {
        let created = state.createdLines.count
        let detail = created == 0 ? "No line has been created in this run."
            : "\(created) line\(created == 1 ? " was" : "s were") created in this run."
        let inner = min(columns - 2 * Layout.margin - 2, 60)
        let body: [[Span]] = [
            [Span(" "), Span("Quit sipline?", .warning), Span("  "), Span("y", .key), Span(" yes  "),
             Span("n", .key), Span(" no")],
            [Span(" " + detail, .muted)],
        ]
        paintBox(&canvas, body, inner: inner, top: bodyBottom - body.count - 2)
    }

    /// The draft of an earlier run, named by its title and server so the person knows which form it was.
    func paintDraftOffer(_ canvas: inout Canvas) {
        guard let offer = state.offeredDraft else { return }
        let inner = min(columns - 2 * Layout.margin - 2, 70)
        let draft = offer.draft
        let title = TextLayout.truncate(draft.title, to: 30, ellipsis: glyphs.ellipsis)
        let server = TextLayout.truncate(draft.server, to: 30, ellipsis: glyphs.ellipsis)
        let named = title.isEmpty ? "the draft" : "the draft \"\(title)\""
        let question = "Continue \(named)" + (server.isEmpty ? "" : " at \(server)") + " (typed \(offer.typedAt))?"
        var body: [[Span]] = [[Span(" "), Span("A draft was kept when sipline last quit.", .title)], []]
        for line in TextLayout.wrap(glyphs.words(question), width: inner - 2) { body.append([Span(" " + line)]) }
        if !draft.portalHost.isEmpty, draft.portalHost != state.context.portalHost {
            let portal = TextLayout.truncate(draft.portalHost, to: inner - 22, ellipsis: glyphs.ellipsis)
            body.append([Span(" It was typed for \(portal).", .muted)])
        }
        body.append([Span(" The password is never kept: type it again.", .muted)])
        body.append([])
        body.append([Span(" "), Span("Enter", .key), Span(" continue  \(glyphs.dot)  "), Span("n", .key),
                     Span(" start fresh (the draft is deleted)")])
        paintBox(&canvas, body, inner: inner, top: bodyTop)
    }

    /// A frame of box lines from row `top`, each row of the box replacing that whole row of the body.
    private func paintBox(_ canvas: inout Canvas, _ body: [[Span]], inner: Int, top: Int) {
        let rule = String(repeating: glyphs.rule, count: inner)
        canvas.put(top, margin + glyphs.topLeft + rule + glyphs.topRight, .muted)
        var row = top + 1
        for spans in body.prefix(max(0, bodyBottom - top - 1)) {
            let fitted = Canvas.clip(Line(spans), to: inner).spans
            let used = fitted.reduce(0) { $0 + DisplayWidth.of($1.text) }
            canvas.put(row, [Span(margin), Span(glyphs.vertical, .muted)] + fitted
                + [Span(String(repeating: " ", count: inner - used)), Span(glyphs.vertical, .muted)])
            row += 1
        }
        canvas.put(row, margin + glyphs.bottomLeft + rule + glyphs.bottomRight, .muted)
        for blank in (row + 1)...max(row + 1, bodyBottom) where blank <= bodyBottom && top == bodyTop {
            canvas.put(blank, "")
        }
    }
}
