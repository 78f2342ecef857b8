import TextSafety
@preconcurrency import CNcurses
import WizardCore

/// Text prepared for curses cells: wide characters, clipped to a number of display columns. What reaches the
/// terminal passes the one text-safety policy first (`VisibleText`; frames of the core already have, so that is a
/// no-op for them), so nothing here is interpreted by the terminal.
struct CellText {
    var characters: [wchar_t] = []
    var width = 0

    /// Appends as much of `text` as fits in `limit` columns in total; `false` when some of it did not fit.
    @discardableResult
    mutating func append(_ text: String, limit: Int) -> Bool {
        for character in VisibleText.escape(text) {
            let scalars = character.unicodeScalars
            guard let first = scalars.first else { continue }
            let columns = Self.columns(of: first)
            guard columns >= 0 else {
                // Safe, but this locale cannot show it (an unassigned code point): a `?` holds its place.
                guard width + 1 <= limit else { return false }
                characters.append(wchar_t(UInt8(ascii: "?")))
                width += 1
                continue
            }
            guard width + columns <= limit else { return false }
            if columns == 0 && characters.isEmpty {
                // A combining mark with nothing to sit on would draw nowhere: show the mark on a space.
                characters.append(wchar_t(UInt8(ascii: " ")))
                width += 1
            }
            for scalar in scalars where scalar == first || Self.columns(of: scalar) >= 0 {
                characters.append(wchar_t(bitPattern: scalar.value))
            }
            width += columns
        }
        return true
    }

    /// Display columns of one scalar in the current locale (-1 for a scalar the locale cannot show).
    static func columns(of scalar: Unicode.Scalar) -> Int {
        Int(cn_wcwidth(scalar.value))
    }

    /// Display width of a string as this front end paints it.
    static func width(of text: String) -> Int {
        var cells = CellText()
        cells.append(text, limit: Int.max)
        return cells.width
    }
}
