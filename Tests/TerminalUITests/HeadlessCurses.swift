@preconcurrency import CNcurses
@testable import TerminalUI
import WizardCore
#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// A curses screen on /dev/null (no terminal needed), as ncurses-from-swift.md §1 measured. curses is global state:
/// suites using this must be `.serialized`, and only one exists at a time.
final class HeadlessCurses {
    private let screen: OpaquePointer
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    let window: UnsafeMutablePointer<WINDOW>

    init(columns: Int = 80, rows: Int = 24) {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
        output = fopen("/dev/null", "w")!
        input = fopen("/dev/null", "r")!
        screen = newterm("xterm-256color", output, input)!
        _ = set_term(screen)
        resizeterm(Int32(rows), Int32(columns))
        window = cn_stdscr()!
    }

    func close() {
        endwin()
        delscreen(screen)
        fclose(output)
        fclose(input)
    }

    func paint(_ frame: Frame, colors: Bool = false) {
        FramePainter(palette: Palette(colors: colors)).paint(frame, into: window)
    }

    /// The text of one row as curses stores it (wide characters once, their second cell skipped).
    func row(_ row: Int) -> String {
        var buffer = [wchar_t](repeating: 0, count: 512)
        let count = mvwinnwstr(window, Int32(row), 0, &buffer, Int32(buffer.count - 1))
        guard count > 0 else { return "" }
        return String(String.UnicodeScalarView(buffer[0..<Int(count)].compactMap { Unicode.Scalar(UInt32($0)) }))
    }

    /// The character and attributes stored at one cell.
    func cell(row: Int, column: Int) -> (text: String, attributes: attr_t, pair: Int16) {
        var stored = cchar_t()
        mvwin_wch(window, Int32(row), Int32(column), &stored)
        var characters = [wchar_t](repeating: 0, count: 8)
        var attributes: attr_t = 0
        var pair: Int16 = 0
        getcchar(&stored, &characters, &attributes, &pair, nil)
        let scalars = characters.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32($0)) }
        return (String(String.UnicodeScalarView(scalars)), attributes, pair)
    }
}
