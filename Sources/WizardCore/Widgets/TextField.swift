import Words
import TextSafety
/// An editable single-line value: the text, the cursor as a grapheme index, and the first grapheme shown when the
/// value is wider than its box. Editing is pure; the box width comes from the layout of the screen.
public struct TextField: Sendable, Equatable {
    public private(set) var text: String
    /// Edit point, in graphemes from the start (0...count).
    public private(set) var cursor: Int
    /// First visible grapheme.
    public private(set) var scroll: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
        self.scroll = 0
    }

    /// Unicode code points, what the portal counts.
    public var codePointCount: Int { text.unicodeScalars.count }

    /// Applies an editing key. Returns whether the key belonged to the field (even when nothing changed).
    public mutating func handle(_ key: Key) -> Bool {
        var graphemes = Array(text)
        switch key {
        case .character(let character):
            graphemes.insert(character, at: cursor)
            cursor += 1
        case .paste(let text):
            // At the cursor, as if typed: a pasted webhook or password arrives whole.
            graphemes.insert(contentsOf: text, at: cursor)
            cursor += text.count
        case .left:
            cursor = max(0, cursor - 1)
        case .right:
            cursor = min(graphemes.count, cursor + 1)
        case .home, .control("a"):
            cursor = 0
        case .end, .control("e"):
            cursor = graphemes.count
        case .backspace:
            guard cursor > 0 else { return true }
            graphemes.remove(at: cursor - 1)
            cursor -= 1
        case .delete:
            guard cursor < graphemes.count else { return true }
            graphemes.remove(at: cursor)
        case .control("u"):
            graphemes.removeAll()
            cursor = 0
        case .control("w"):
            var start = cursor
            while start > 0, graphemes[start - 1].isWhitespace { start -= 1 }
            while start > 0, !graphemes[start - 1].isWhitespace { start -= 1 }
            graphemes.removeSubrange(start..<cursor)
            cursor = start
        default:
            return false
        }
        // Re-joining can merge graphemes (a combining mark typed after a letter), so re-count.
        let joined = String(graphemes)
        let before = String(graphemes[..<cursor]).count
        text = joined
        cursor = min(before, text.count)
        scroll = min(scroll, cursor)
        return true
    }

    /// Whether `key` edits the text (as opposed to moving the cursor).
    public static func isEdit(_ key: Key) -> Bool {
        switch key {
        case .character, .paste, .backspace, .delete, .control("u"), .control("w"): return true
        default: return false
        }
    }

    /// Moves `scroll` so the cursor stays inside a box of `width` columns (one column kept for the cursor at the end).
    public mutating func keepCursorVisible(width: Int) {
        scroll = Self.visibleStart(text: text, cursor: cursor, scroll: scroll, width: width, masked: false)
    }

    /// What the box shows: the visible slice (masked one glyph per grapheme when `mask` is given) and the cursor's
    /// column inside the box.
    public func window(width: Int, mask: String?) -> (text: String, cursorColumn: Int) {
        let graphemes = Array(text)
        let start = Self.visibleStart(text: text, cursor: cursor, scroll: scroll, width: width, masked: mask != nil)
        var shown = ""
        var used = 0
        var cursorColumn = 0
        for index in start..<graphemes.count {
            if index == cursor { cursorColumn = used }
            let piece = mask ?? String(graphemes[index])
            let columns = DisplayWidth.of(piece)
            if used + columns > width { break }
            shown += piece
            used += columns
        }
        if cursor >= graphemes.count { cursorColumn = used }
        return (shown, cursorColumn)
    }

    private static func visibleStart(text: String, cursor: Int, scroll: Int, width: Int, masked: Bool) -> Int {
        guard width > 1 else { return cursor }
        let graphemes = Array(text)
        func columns(_ range: Range<Int>) -> Int {
            masked ? range.count : graphemes[range].reduce(0) { $0 + DisplayWidth.of($1) }
        }
        var start = min(scroll, cursor)
        // The cursor's own cell (the grapheme under it, or an empty cell at the end) must fit too.
        let cursorCell = cursor < graphemes.count ? (masked ? 1 : max(1, DisplayWidth.of(graphemes[cursor]))) : 1
        while start < cursor, columns(start..<cursor) + cursorCell > width { start += 1 }
        return start
    }
}
