import Words
import SIPLineService
import TextSafety

extension Painter {
    /// Help replaces the body with a framed list of the keys of this screen's table: the rows that apply now, named
    /// as they are dispatched.
    func paintHelp(_ canvas: inout Canvas) {
        let rows = Keymap.reachable(Keymap.screen(for: state), in: state)
        let keys = rows.map { row in
            (row.name.help.map { glyphs.words($0.text(glyphs: glyphs, words: words)) }.joined(separator: ", "), say(row.help))
        }
        let keyWidth = min(18, keys.map { DisplayWidth.of($0.0) }.max() ?? 0)
        let inner = min(columns - 2 * Layout.margin - 2, 76)
        var body: [[Span]] = [[Span(" " + say(OverlayPhrase.helpTitle(HelpTopicPhrase(state.screen))), .title)], []]
        // A sentence longer than its column wraps under itself (Russian runs longer); it is never cut.
        let actionWidth = inner - keyWidth - 4
        for (key, action) in keys {
            for (index, line) in TextLayout.wrap(action, width: actionWidth).enumerated() {
                body.append([Span(" " + TextLayout.pad(index == 0 ? key : "", to: keyWidth), .key), Span("  " + line)])
            }
        }
        body.append([])
        body.append([Span(" " + say(OverlayPhrase.helpCloses), .muted)])
        paintBox(&canvas, body, inner: inner, top: bodyTop)
    }

    func paintQuitConfirm(_ canvas: inout Canvas) {
        let inner = min(columns - 2 * Layout.margin - 2, 60)
        let body: [[Span]] = [
            [Span(" "), Span(say(OverlayPhrase.quitQuestion), .warning), Span("  "), Span("y", .key),
             Span(" " + say(OverlayPhrase.yes) + "  "), Span("n", .key), Span(" " + say(OverlayPhrase.no))],
            [Span(" " + say(OverlayPhrase.createdInThisRun(state.createdLines.count)), .muted)],
        ]
        paintBox(&canvas, body, inner: inner, top: bodyBottom - body.count - 2)
    }

    /// The draft of an earlier run, named by its title and server so the person knows which form it was.
    func paintDraftOffer(_ canvas: inout Canvas) {
        guard let offer = state.keptDraft.offered else { return }
        let inner = min(columns - 2 * Layout.margin - 2, 70)
        let draft = offer.draft
        let question = OverlayPhrase.continueDraft(title: value(draft.title, width: 30), server: value(draft.server, width: 30),
                                                   typedAt: offer.typedAt)
        var body: [[Span]] = [[Span(" "), Span(say(OverlayPhrase.draftKept), .title)], []]
        for line in TextLayout.wrap(say(question), width: inner - 2) { body.append([Span(" " + line)]) }
        if !draft.portalHost.isEmpty, draft.portalHost != state.context.portal?.host {
            body.append([Span(" " + say(OverlayPhrase.typedFor(host: value(draft.portalHost, width: inner - 22))), .muted)])
        }
        if offer.othersKept > 0 { body.append([Span(" " + say(OverlayPhrase.moreDraftsKept(offer.othersKept)), .muted)]) }
        body.append([Span(" " + say(OverlayPhrase.passwordNeverKept), .muted)])
        body.append([])
        body.append([Span(" "), Span("Enter", .key), Span(" " + say(OverlayPhrase.continueChoice) + "  \(glyphs.dot)  "),
                     Span("n", .key), Span(" " + say(OverlayPhrase.startFreshChoice))])
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

extension HelpTopicPhrase {
    /// The help overlay's topic: the screen it is about.
    init(_ screen: Screen) {
        switch screen {
        case .portal: self = .portal
        case .pbxType: self = .pbxType
        case .title: self = .connectionName
        case .server: self = .server
        case .credentials: self = .credentials
        case .review: self = .review
        case .submitting: self = .creatingTheLine
        case .result: self = .result
        case .outcomeUnknown: self = .unknownOutcome
        }
    }
}
