import Words
import TextSafety

/// The one way a text field is painted: label, bars, the visible window of the value (masked or not), and the
/// cursor when focused.
extension Painter {
    /// Spans after the closing bar (a counter, "Ctrl-R show") are the caller's.
    func paintTextBox(_ canvas: inout Canvas, row: Int, box: Layout.Box, field: TextField, mask: String? = nil,
                      focused: Bool, after: [Span] = []) {
        let window = field.window(width: box.width, mask: mask)
        let bar = Span(glyphs.fieldBar, focused ? Style(role: .focus, bold: true) : .muted)
        canvas.put(row, [
            Span(margin), Span(box.label, focused ? .focus : .plain),
            Span(String(repeating: " ", count: box.labelWidth - DisplayWidth.of(box.label) + 2)),
            bar, Span(TextLayout.pad(window.text, to: box.width), .field), bar,
        ] + after)
        if focused { canvas.cursor = CursorPosition(row: row, column: box.barColumn + 1 + window.cursorColumn) }
    }
}
