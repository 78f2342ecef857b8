/// Fitting text into columns: truncation with an ellipsis, padding, word wrapping, and making control characters of
/// untrusted text visible. All widths are display columns (`DisplayWidth`).
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

    /// Words of `text` wrapped into lines of at most `width` columns; a word longer than a line is broken.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for wordSlice in paragraph.split(separator: " ") {
                var word = String(wordSlice)
                while DisplayWidth.of(word) > width {
                    if !line.isEmpty {
                        lines.append(line)
                        line = ""
                    }
                    let head = prefix(word, width: width)
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
        }
        return lines
    }

    /// Text from the portal or the network with every control character shown as a caret (`^[`, `^?`) or a code
    /// (`<U+0085>`), so a terminal never interprets it.
    public static func visible(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00..<0x20:
                result += "^" + String(Character(Unicode.Scalar(UInt8(scalar.value + 0x40))))
            case 0x7F:
                result += "^?"
            case 0x80..<0xA0:
                result += "<U+" + hex(scalar.value) + ">"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
