/// Fitting text into columns: truncation with an ellipsis, padding, word wrapping. All widths are display columns
/// (`DisplayWidth`), which count unsafe scalars as their `VisibleText` stand-ins.
public enum TextLayout {
    /// The text cut to at most `width` columns, ending in `ellipsis` when something was cut.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text) <= width { return text }
        let room = width - DisplayWidth.of(ellipsis)
        guard room >= 0 else { return prefix(ellipsis, width: width) }
        return prefix(text, width: room) + ellipsis
    }

    /// The longest prefix of whole graphemes that fits `width` columns.
    public static func prefix(_ text: String, width: Int) -> String {
        var result = ""
        var used = 0
        for grapheme in text {
            let columns = DisplayWidth.of(grapheme)
            if used + columns > width { break }
            result.append(grapheme)
            used += columns
        }
        return result
    }

    /// The text padded with spaces to exactly `width` columns (cut first if longer).
    public static func pad(_ text: String, to width: Int) -> String {
        let fitted = DisplayWidth.of(text) > width ? prefix(text, width: width) : text
        return fitted + String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
    }

    /// Words of `text` wrapped into lines of at most `width` columns; a word longer than a line is broken. Only
    /// spaces break lines: a newline or tab inside the text is an unsafe scalar like any other (shown as `^J`, `^I`).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for wordSlice in text.split(separator: " ") {
            var word = String(wordSlice)
            while DisplayWidth.of(word) > width {
                if !line.isEmpty {
                    lines.append(line)
                    line = ""
                }
                // A grapheme wider than the whole line (an escaped `<U+202E>` in 5 columns) still moves on.
                let fitting = prefix(word, width: width)
                let head = fitting.isEmpty ? String(word.prefix(1)) : fitting
                lines.append(head)
                word = String(word.dropFirst(head.count))
            }
            if line.isEmpty {
                line = word
            } else if DisplayWidth.of(line) + 1 + DisplayWidth.of(word) <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = word
            }
        }
        lines.append(line)
        return lines
    }
}
