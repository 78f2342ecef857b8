import Words
/// One whole screen as the wizard wants it shown: exactly `size.rows` lines of styled text, each no wider than
/// `size.columns` display columns, and where the cursor rests. A front end paints it; tests compare it as text.
public struct Frame: Hashable, Sendable {
    public var size: TerminalSize
    public var lines: [Line]
    /// The edit point of the focused text field (row, display column), or `nil` to hide the cursor.
    public var cursor: CursorPosition?

    public init(size: TerminalSize, lines: [Line], cursor: CursorPosition? = nil) {
        (self.size, self.lines, self.cursor) = (size, lines, cursor)
    }

    /// The frame as plain text, one line per row, trailing spaces removed (what `tmux capture-pane -p` shows).
    public var plainText: String {
        lines.map { line in
            var text = line.spans.map(\.text).joined()
            while text.last == " " { text.removeLast() }
            return text
        }.joined(separator: "\n")
    }
}

public struct CursorPosition: Hashable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) { (self.row, self.column) = (row, column) }
}

/// One row of a frame: spans painted left to right from column 0.
public struct Line: Hashable, Sendable {
    public var spans: [Span]

    public init(_ spans: [Span] = []) { self.spans = spans }
}

public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) { (self.text, self.style) = (text, style) }
}

/// How a span looks. `role` picks a colour when the terminal has colours; the attributes are always applied, so
/// focus and states stay visible with `NO_COLOR` (reverse video for focus, bold for headings).
public struct Style: Hashable, Sendable {
    public enum Role: String, Hashable, Sendable, CaseIterable {
        case plain, header, footer, title, focus, field, key, muted, success, warning, error, sandbox
    }

    public var role: Role
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(role: Role = .plain, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        (self.role, self.bold, self.reverse, self.underline, self.dim) = (role, bold, reverse, underline, dim)
    }

    public static let plain = Style()
}

/// What the terminal can show, decided by the front end and passed to `render`, so glyph choice stays pure.
public struct RenderCapabilities: Hashable, Sendable {
    /// UTF-8 locale and a terminal that draws Unicode (not `TERM=linux`): ✓ ✗ ◐ • and box lines; else ASCII.
    public var unicode: Bool
    /// Colours are available and not turned off by `NO_COLOR` / `--no-color`.
    public var color: Bool

    public init(unicode: Bool = true, color: Bool = true) { (self.unicode, self.color) = (unicode, color) }
}
