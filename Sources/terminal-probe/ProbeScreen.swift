import TerminalUI
import WizardCore

/// The probe's whole state and its one screen: a text field, the last decoded input, and a "too small" page.
struct ProbeScreen {
    enum FieldStyle: String { case plain, underline, reverse }

    var text = ""
    var lastInput = "none yet"
    var showsLastInput = true
    var fieldStyle = FieldStyle.plain
    var capabilities = RenderCapabilities()
    var escDelayMilliseconds = 0
    /// Shown so tests can signal the probe (it runs under a shell in the tmux pane).
    var processID: Int32 = 0

    static let label = "Name: "

    mutating func type(_ key: Key) {
        switch key {
        case .character(let character): text.append(character)
        case .paste(let pasted): text += pasted
        case .backspace: if !text.isEmpty { text.removeLast() }
        case .control("u"): text = ""
        default: break
        }
    }

    func render(_ size: TerminalSize) -> Frame {
        guard size.fitsWizard else { return tooSmall(size) }
        var lines = Array(repeating: Line(), count: size.rows)
        let mode = "\(capabilities.unicode ? "unicode" : "ascii") \(capabilities.color ? "color" : "mono")"
            + "  esc \(escDelayMilliseconds)ms  pid \(processID)"
        lines[0] = Line([Span(padded(" terminal-probe  \(size)  \(mode)", to: size.columns), Style(role: .header))])
        lines[2] = Line([Span(Self.label, Style(role: .focus)), Span(text, fieldStyleValue)])
        if showsLastInput {
            lines[4] = Line([Span("last input: ", Style(role: .muted)), Span(lastInput, Style(role: .key))])
        }
        let bullet = capabilities.unicode ? "•" : "*"
        lines[size.rows - 1] = Line([
            Span(padded(" q quit \(bullet) Ctrl-C quit \(bullet) Ctrl-L redraw \(bullet) Ctrl-Z suspend", to: size.columns),
                 Style(role: .footer)),
        ])
        let cursor = CursorPosition(row: 2, column: Self.label.count + Self.displayWidth(text))
        return Frame(size: size, lines: lines, cursor: cursor)
    }

    private var fieldStyleValue: Style {
        switch fieldStyle {
        case .plain: return Style(role: .field)
        case .underline: return Style(role: .field, underline: true)
        case .reverse: return Style(role: .field, reverse: true)
        }
    }

    private func tooSmall(_ size: TerminalSize) -> Frame {
        var lines = Array(repeating: Line(), count: max(size.rows, 0))
        let message = [
            "  sipline needs a terminal of at least 80×24",
            "  (this one is \(size)).",
            "  Enlarge the window: everything you typed is kept.",
        ]
        for (index, text) in message.enumerated() where index < lines.count {
            lines[index] = Line([Span(text)])
        }
        return Frame(size: size, lines: lines, cursor: nil)
    }

    private func padded(_ text: String, to width: Int) -> String {
        let missing = width - Self.displayWidth(text)
        return missing > 0 ? text + String(repeating: " ", count: missing) : text
    }

    /// East Asian wide characters take two cells; good enough for a probe (the wizard core has its own measure).
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar.value {
            case 0x0300...0x036F, 0x200B...0x200F: return width
            case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
                 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1FAFF, 0x20000...0x3FFFD:
                return width + 2
            default: return width + 1
            }
        }
    }
}
