import SIPLineService
import TextSafety
import Words

/// Draws one state; split over files by screen. Every word comes from the catalogue in the wizard's language;
/// the canvas makes whatever is not the catalogue's safe to show.
struct Painter {
    let state: WizardState
    let size: TerminalSize
    let glyphs: Glyphs

    var words: Words { state.context.words }
    var layout: Layout { Layout(columns: size.columns, words: words) }
    var columns: Int { size.columns }
    var margin: String { String(repeating: " ", count: Layout.margin) }
    var textWidth: Int { layout.textWidth }
    /// First and last row of the body.
    var bodyTop: Int { 2 }
    var bodyBottom: Int { size.rows - 3 }

    /// A phrase in the wizard's language, with ASCII stand-ins for "·", "…", "—" where the terminal needs them.
    func say(_ phrase: some Phrase) -> String { glyphs.words(words(phrase)) }

    func paint() -> Frame {
        var canvas = Canvas(size: size)
        guard size.fitsWizard else {
            paintTooSmall(&canvas)
            return canvas.frame()
        }
        paintHeader(&canvas)
        canvas.put(1, String(repeating: glyphs.rule, count: columns), .muted)
        canvas.put(size.rows - 2, String(repeating: glyphs.rule, count: columns), .muted)
        switch state.screen {
        case .portal: paintPortal(&canvas)
        case .pbxType: paintPBXType(&canvas)
        case .title, .server, .credentials: paintForm(&canvas)
        case .review: paintReview(&canvas)
        case .submitting: paintSubmitting(&canvas)
        case .result: paintResult(&canvas)
        case .outcomeUnknown: paintOutcomeUnknown(&canvas)
        }
        switch state.overlay {
        case .none: break
        case .help: paintHelp(&canvas)
        case .quitConfirm: paintQuitConfirm(&canvas)
        case .draftOffer: paintDraftOffer(&canvas)
        }
        if state.overlay != .none { canvas.cursor = nil }
        paintFooter(&canvas)
        return canvas.frame()
    }

    private func paintHeader(_ canvas: inout Canvas) {
        let left = " " + say(state.screen == .result ? ScreenPhrase.headerCreated : ScreenPhrase.headerNew)
        var right: [Span] = []
        if let step = state.screen.step { right.append(Span(say(ScreenPhrase.step(step, of: 5)), .header)) }
        if state.screen == .portal { right.append(Span(say(PortalPhrase.heading), .header)) }
        if state.context.portal?.isSandbox == true {
            if !right.isEmpty { right.append(Span(" \(glyphs.dot) ", .header)) }
            right.append(Span(say(ScreenPhrase.sandboxMark), .sandbox))
        }
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) } + 1
        let gap = max(1, columns - DisplayWidth.of(left) - rightWidth)
        canvas.put(0, [Span(left, .header), Span(String(repeating: " ", count: gap), .header)] + right
            + [Span(" ", .header)])
    }

    /// The keys of the table in force that show in the footer, each exactly as dispatch would take it. When they
    /// do not all fit, the optional ones are left out (F1 lists every key).
    private func paintFooter(_ canvas: inout Canvas) {
        var entries = Keymap.footer(in: state).map { row, label in
            (row.footerOptional, glyphs.words(row.name.footer.text(glyphs: glyphs, words: words)), say(label))
        }
        func width() -> Int { entries.reduce(1) { $0 + DisplayWidth.of($1.1) + 1 + DisplayWidth.of($1.2) + 2 } - 2 }
        while width() > columns - 1, let optional = entries.lastIndex(where: { $0.0 }) { entries.remove(at: optional) }
        var spans: [Span] = [Span(" ", .footer)]
        for (_, key, label) in entries {
            if spans.count > 1 { spans.append(Span("  ", .footer)) }
            spans.append(Span(key, .key))
            spans.append(Span(" " + label, .footer))
        }
        canvas.put(size.rows - 1, spans)
    }

    private func paintTooSmall(_ canvas: inout Canvas) {
        let width = max(1, columns - 2 * Layout.margin)
        var text = TextLayout.wrap(say(ScreenPhrase.tooSmall(columns: size.columns, rows: size.rows)), width: width)
        text += TextLayout.wrap(say(ScreenPhrase.enlargeKeepsEverything), width: width)
        var row = min(1, size.rows - 1)
        for line in text {
            canvas.put(row, margin + line)
            row += 1
        }
        if state.overlay == .quitConfirm {
            canvas.put(row + 1, [Span(margin), Span(say(OverlayPhrase.quitQuestionShort), .warning)])
        }
    }

    // MARK: shared pieces

    func glyph(_ tone: Notice.Tone) -> (String, Style) {
        switch tone {
        case .error: (glyphs.failure, .error)
        case .warning: (glyphs.warning, .warning)
        case .info: (glyphs.info, Style(role: .plain, bold: true))
        case .success: (glyphs.success, .success)
        }
    }

    /// Notices as wrapped lines: the glyph, then the words with a hanging indent, never colour alone.
    func noticeLines(_ notices: [Notice], indent: Int = Layout.margin) -> [[Span]] {
        var lines: [[Span]] = []
        let pad = String(repeating: " ", count: indent)
        for notice in notices {
            let (mark, style) = glyph(notice.tone)
            let hang = DisplayWidth.of(mark) + 1
            let wrapped = TextLayout.wrap(say(notice.phrase), width: max(10, textWidth - hang - indent + 2))
            for (index, text) in wrapped.enumerated() {
                let lead = index == 0 ? [Span(pad), Span(mark, style), Span(" ")]
                    : [Span(pad + String(repeating: " ", count: hang))]
                lines.append(lead + [Span(text, notice.tone == .error || notice.tone == .warning
                    ? Style(role: style.role) : .plain)])
            }
        }
        return lines
    }

    /// Puts lines from `row` down, at most to `last`; when they do not fit, the last row says so.
    @discardableResult
    func put(_ canvas: inout Canvas, _ lines: [[Span]], from row: Int, last: Int) -> Int {
        var current = row
        for (index, line) in lines.enumerated() {
            guard current <= last else { break }
            if current == last, index < lines.count - 1 {
                canvas.put(current, margin + glyphs.ellipsis + " " + say(ScreenPhrase.moreMakeTaller), .muted)
            } else {
                canvas.put(current, line)
            }
            current += 1
        }
        return current
    }

    /// A paragraph of the catalogue, wrapped to the body's width.
    func prose(_ phrase: some Phrase, style: Style = .plain, indent: Int = Layout.margin) -> [[Span]] {
        let pad = String(repeating: " ", count: indent)
        return TextLayout.wrap(say(phrase), width: textWidth - indent + Layout.margin).map { [Span(pad + $0, style)] }
    }

    /// A value from the portal or the person, cut to `width` columns.
    func value(_ text: String, width: Int) -> String {
        TextLayout.truncate(text, to: width, ellipsis: glyphs.ellipsis)
    }
}
