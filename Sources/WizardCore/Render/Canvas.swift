import Words
import TextSafety
/// A frame being drawn: rows of spans, each row clipped to the width when the frame is finished.
struct Canvas {
    let size: TerminalSize
    var lines: [Line]
    var cursor: CursorPosition?

    init(size: TerminalSize) {
        self.size = size
        lines = Array(repeating: Line(), count: max(0, size.rows))
    }

    mutating func put(_ row: Int, _ spans: [Span]) {
        guard row >= 0, row < lines.count else { return }
        lines[row] = Line(spans)
    }

    mutating func put(_ row: Int, _ text: String, _ style: Style = .plain) {
        put(row, [Span(text, style)])
    }

    /// Every line made safe to show (the one place where the text-safety policy meets the screen) and cut to the
    /// frame's width, so a frame never wraps on a terminal and never carries a scalar a terminal would interpret.
    func frame() -> Frame {
        let safe = lines.map { Line($0.spans.map { Span(VisibleText.escape($0.text), $0.style) }) }
        return Frame(size: size, lines: safe.map { Self.clip($0, to: size.columns) }, cursor: cursor)
    }

    static func clip(_ line: Line, to width: Int) -> Line {
        var used = 0
        var spans: [Span] = []
        for span in line.spans {
            let columns = DisplayWidth.of(span.text)
            if used + columns <= width {
                spans.append(span)
                used += columns
            } else {
                let head = TextLayout.prefix(span.text, width: width - used)
                if !head.isEmpty { spans.append(Span(head, span.style)) }
                break
            }
        }
        return Line(spans)
    }
}

extension Style {
    static let title = Style(role: .title, bold: true)
    static let focus = Style(role: .focus, bold: true, reverse: true)
    static let key = Style(role: .key, bold: true)
    static let muted = Style(role: .muted, dim: true)
    static let field = Style(role: .field)
    static let header = Style(role: .header, bold: true)
    static let footer = Style(role: .footer)
    static let sandbox = Style(role: .sandbox, bold: true)
    static let success = Style(role: .success, bold: true)
    static let warning = Style(role: .warning, bold: true)
    static let error = Style(role: .error, bold: true)
}
