import TextSafety
import SIPLineService

extension Wizard {
    /// The whole screen for a state at a size: a header, a rule, the body, a rule and the footer of keys.
    public static func render(_ state: WizardState, size: TerminalSize, capabilities: RenderCapabilities) -> Frame {
        let painter = Painter(state: state, size: size, glyphs: Glyphs(unicode: capabilities.unicode))
        return painter.paint()
    }
}

/// Draws one state; split over files by screen.
struct Painter {
    let state: WizardState
    let size: TerminalSize
    let glyphs: Glyphs

    var columns: Int { size.columns }
    var margin: String { String(repeating: " ", count: Layout.margin) }
    var textWidth: Int { Layout.textWidth(columns: columns) }
    /// First and last row of the body.
    var bodyTop: Int { 2 }
    var bodyBottom: Int { size.rows - 3 }

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
        case .none: paintFooter(&canvas, footerKeys)
        case .help:
            paintHelp(&canvas)
            canvas.cursor = nil
            paintFooter(&canvas, [("Esc", "close help"), ("F1", "close help")])
        case .quitConfirm:
            paintQuitConfirm(&canvas)
            canvas.cursor = nil
            paintFooter(&canvas, [("y", "quit"), ("n", "stay")])
        case .draftOffer:
            paintDraftOffer(&canvas)
            canvas.cursor = nil
            paintFooter(&canvas, [("Enter", "continue the draft"), ("n", "start fresh"), ("Ctrl-C", "quit")])
        }
        return canvas.frame()
    }

    private func paintHeader(_ canvas: inout Canvas) {
        let left = " " + glyphs.words(state.screen == .result ? Strings.headerCreated : Strings.headerNew)
        var right: [Span] = []
        if let step = state.screen.step { right.append(Span("Step \(step) of 5", .header)) }
        if state.screen == .portal { right.append(Span(Strings.portalHeading, .header)) }
        if state.context.isSandbox {
            if !right.isEmpty { right.append(Span(" \(glyphs.dot) ", .header)) }
            right.append(Span("SANDBOX", .sandbox))
        }
        let rightWidth = right.reduce(0) { $0 + DisplayWidth.of($1.text) } + 1
        let gap = max(1, columns - DisplayWidth.of(left) - rightWidth)
        canvas.put(0, [Span(left, .header), Span(String(repeating: " ", count: gap), .header)] + right
            + [Span(" ", .header)])
    }

    func paintFooter(_ canvas: inout Canvas, _ keys: [(String, String)]) {
        var spans: [Span] = [Span(" ", .footer)]
        for (index, (key, action)) in keys.enumerated() {
            if index > 0 { spans.append(Span("  ", .footer)) }
            spans.append(Span(glyphs.words(key), .key))
            spans.append(Span(" " + action, .footer))
        }
        canvas.put(size.rows - 1, spans)
    }

    private var footerKeys: [(String, String)] {
        switch state.screen {
        case .portal:
            switch state.portal?.phase {
            case .offer, .saveFailed:
                [("Enter", "save"), ("Esc", "this run only"), ("Ctrl-U", "clear"), ("F1", "help"), ("Ctrl-C", "quit")]
            case .checking, .saving:
                [("F1", "help"), ("Ctrl-C", "quit")]
            default:
                [("Enter", "check")] + (state.hasPortal && state.portal?.reason != .noPortal ? [("Esc", "back")] : [])
                    + [("Ctrl-U", "clear"), ("F1", "help"), ("Ctrl-C", "quit")]
            }
        case .pbxType:
            [(glyphs.upDown, "choose"), ("1-2", "pick"), ("Enter", "next"), ("Esc", "back"), ("F1", "help"),
             ("Ctrl-C", "quit")]
        case .title, .server:
            [("Enter", "next"), ("Esc", "back"), ("Ctrl-U", "clear"), ("F1", "help"), ("Ctrl-C", "quit")]
        case .credentials:
            [("Tab", "next field"), ("Enter", "next"), ("Ctrl-R", state.showPassword ? "hide" : "show"),
             ("Esc", "back"), ("F1", "help"), ("Ctrl-C", "quit")]
        case .review:
            [("Enter", "create"), ("1-4", "edit"), ("p", "portal"), ("Esc", "back"), ("F1", "help"), ("Ctrl-C", "quit")]
        case .submitting:
            state.stopRequested ? [("F1", "help")] : [("Ctrl-C", "stop waiting"), ("F1", "help")]
        case .result:
            if state.save.phase == .asking {
                [("Enter", "save"), ("Esc", "cancel"), ("Ctrl-U", "clear"), ("Ctrl-C", "quit")]
            } else {
                [("s", "save details")]
                    + (state.hasRevealableSecret ? [("r", state.revealSecrets ? "hide" : "reveal")] : [])
                    + [("n", "new line"), ("q", "quit"), ("F1", "help")]
            }
        case .outcomeUnknown:
            [("Esc", "back to review"), ("q", "quit"), ("F1", "help"), ("Ctrl-C", "quit")]
        }
    }

    private func paintTooSmall(_ canvas: inout Canvas) {
        let width = max(1, columns - 2 * Layout.margin)
        var text = TextLayout.wrap(glyphs.words(
            "sipline needs a terminal of at least 80×24 (this one is \(size.columns)×\(size.rows))."), width: width)
        text += TextLayout.wrap("Enlarge the window: everything you typed is kept.", width: width)
        var row = min(1, size.rows - 1)
        for line in text {
            canvas.put(row, margin + line)
            row += 1
        }
        if state.overlay == .quitConfirm {
            canvas.put(row + 1, [Span(margin), Span("Quit sipline? y/n", .warning)])
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
            let wrapped = TextLayout.wrap(glyphs.words(notice.text), width: max(10, textWidth - hang - indent + 2))
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
                canvas.put(current, margin + glyphs.ellipsis + " (more: make the terminal taller)", .muted)
            } else {
                canvas.put(current, line)
            }
            current += 1
        }
        return current
    }

    func prose(_ text: String, style: Style = .plain, indent: Int = Layout.margin) -> [[Span]] {
        let pad = String(repeating: " ", count: indent)
        return TextLayout.wrap(glyphs.words(text), width: textWidth - indent + Layout.margin).map {
            [Span(pad + $0, style)]
        }
    }

    /// A value from the portal or the person, made safe and cut to `width` columns.
    func value(_ text: String, width: Int) -> String {
        TextLayout.truncate(text, to: width, ellipsis: glyphs.ellipsis)
    }
}
