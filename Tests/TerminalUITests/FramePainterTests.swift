@preconcurrency import CNcurses
import Testing
@testable import TerminalUI
import WizardCore

@Suite("FramePainter into a headless curses screen", .serialized)
final class FramePainterTests {
    private let size = TerminalSize(columns: 80, rows: 24)
    /// A fresh headless screen for each test (Swift Testing makes an instance per test).
    private let curses = HeadlessCurses()

    deinit { curses.close() }

    private func frame(_ rows: [Int: Line]) -> Frame {
        Frame(size: size, lines: (0..<size.rows).map { rows[$0] ?? Line() })
    }

    private func trimmed(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }

    @Test("Cyrillic and CJK land in the right cells")
    func wideText() {
        curses.paint(frame([
            1: Line([Span("Title: "), Span("Линия 你好", Style(role: .field)), Span(" ok")]),
            3: Line([Span("x")]),
        ]))
        #expect(trimmed(curses.row(1)) == "Title: Линия 你好 ok")
        #expect(trimmed(curses.row(3)) == "x")
        // 你 takes two cells (13 and 14), so 好 starts at 15.
        #expect(curses.cell(row: 1, column: 13).text == "你")
        #expect(curses.cell(row: 1, column: 15).text == "好")
        #expect(curses.cell(row: 1, column: 18).text == "o")
    }

    @Test("repainting overwrites old cells and clears what the new frame leaves out")
    func repaint() {
        curses.paint(frame([2: Line([Span("a long first value")]), 5: Line([Span("goes away")])]))
        curses.paint(frame([2: Line([Span("short")])]))
        #expect(trimmed(curses.row(2)) == "short")
        #expect(trimmed(curses.row(5)) == "")
    }

    @Test("focus stays reverse and bold without colours; colours add a pair")
    func focusWithoutColor() {
        let line = Line([Span("Name", Style(role: .focus)), Span(" plain"), Span(" Err", Style(role: .error))])
        curses.paint(frame([0: line]), colors: false)
        let focus = curses.cell(row: 0, column: 0)
        #expect(focus.attributes & cn_A_REVERSE() != 0)
        #expect(focus.attributes & cn_A_BOLD() != 0)
        #expect(focus.pair == 0)
        let plain = curses.cell(row: 0, column: 5)
        #expect(plain.attributes & (cn_A_REVERSE() | cn_A_BOLD()) == 0)
        #expect(curses.cell(row: 0, column: 10).pair == 0)

        curses.paint(frame([0: line]), colors: true)
        #expect(curses.cell(row: 0, column: 0).attributes & cn_A_REVERSE() != 0)
        #expect(curses.cell(row: 0, column: 0).pair != 0)
        #expect(curses.cell(row: 0, column: 10).pair != curses.cell(row: 0, column: 0).pair)
    }

    @Test("style flags from the frame are applied as given")
    func styleFlags() {
        curses.paint(frame([0: Line([Span("u", Style(underline: true)), Span("d", Style(dim: true)),
                                     Span("r", Style(reverse: true))])]))
        #expect(curses.cell(row: 0, column: 0).attributes & cn_A_UNDERLINE() != 0)
        #expect(curses.cell(row: 0, column: 1).attributes & cn_A_DIM() != 0)
        #expect(curses.cell(row: 0, column: 2).attributes & cn_A_REVERSE() != 0)
    }

    @Test("the bottom-right cell is painted without scrolling the screen")
    func lastCell() {
        let full = String(repeating: "-", count: 79) + "Z"
        curses.paint(frame([0: Line([Span("top")]), 23: Line([Span(full, Style(role: .footer))])]))
        #expect(curses.row(23) == full)
        #expect(curses.cell(row: 23, column: 79).text == "Z")
        #expect(trimmed(curses.row(0)) == "top")
    }

    @Test("text wider than the screen is clipped; a wide character that does not fit is left out")
    func clipping() {
        curses.paint(frame([
            0: Line([Span(String(repeating: "a", count: 79)), Span("你"), Span("b")]),
            1: Line([Span(String(repeating: "c", count: 100))]),
        ]))
        #expect(curses.row(0) == String(repeating: "a", count: 79) + " ")
        #expect(curses.row(1) == String(repeating: "c", count: 80))
    }

    @Test("control characters are shown by the text-safety policy instead of moving the cursor")
    func controls() {
        curses.paint(frame([4: Line([Span("a\tb\nc\u{1B}[2Jd\u{9B}e\u{202E}f")])]))
        #expect(trimmed(curses.row(4)) == "a^Ib^Jc^[[2Jd<U+009B>e<U+202E>f")
        #expect(trimmed(curses.row(5)) == "")
    }

    @Test("a frame for a bigger screen is clipped to the window")
    func biggerFrame() {
        let big = Frame(size: TerminalSize(columns: 100, rows: 30),
                        lines: (0..<30).map { Line([Span("row \($0) " + String(repeating: "=", count: 95))]) })
        curses.paint(big)
        #expect(curses.row(23).hasPrefix("row 23 ="))
        #expect(curses.row(23).count == 80)
    }
}
