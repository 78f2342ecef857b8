import Words
/// The glyphs of a frame: Unicode, or ASCII stand-ins for non-UTF-8 locales and `TERM=linux`.
struct Glyphs {
    let success, failure, warning, info, bullet, dot, fieldBar, rule, ellipsis, arrow, emDash: String
    let topLeft, topRight, bottomLeft, bottomRight, vertical: String
    let radioOn, radioOff, upDown: String
    let spinner: [String]

    init(unicode: Bool) {
        if unicode {
            (success, failure, warning, info, bullet, dot) = ("✓", "✗", "!", "›", "•", "·")
            (fieldBar, rule, ellipsis, arrow, emDash) = ("┃", "─", "…", "→", "—")
            (topLeft, topRight, bottomLeft, bottomRight, vertical) = ("┌", "┐", "└", "┘", "│")
            (radioOn, radioOff, upDown) = ("(•)", "( )", "↑↓")
            spinner = ["◐", "◓", "◑", "◒"]
        } else {
            (success, failure, warning, info, bullet, dot) = ("ok", "x", "!", ">", "*", "-")
            (fieldBar, rule, ellipsis, arrow, emDash) = ("|", "-", "...", "->", "-")
            (topLeft, topRight, bottomLeft, bottomRight, vertical) = ("+", "+", "+", "+", "|")
            (radioOn, radioOff, upDown) = ("(*)", "( )", "Up/Down")
            spinner = ["|", "/", "-", "\\"]
        }
    }

    /// Text that contains "·", "…", "—", "×" or "→" in the product's words, made ASCII when needed.
    func words(_ text: String) -> String {
        guard rule != "─" else { return text }
        return text.replacing("·", with: dot).replacing("…", with: ellipsis).replacing("—", with: emDash)
            .replacing("×", with: "x").replacing("→", with: arrow)
    }

    func mask(_ count: Int) -> String { String(repeating: bullet, count: count) }
}
