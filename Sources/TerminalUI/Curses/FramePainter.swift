@preconcurrency import CNcurses
import WizardCore

/// Draws a frame into a curses window, every cell of it, without erasing first: curses compares the window with
/// what the terminal shows and sends only the difference, so an unchanged screen costs nothing.
struct FramePainter {
    let palette: Palette

    /// Paints `frame` into `window`; rows and columns beyond the window are clipped, rows beyond the frame cleared.
    func paint(_ frame: Frame, into window: UnsafeMutablePointer<WINDOW>) {
        let rows = Int(getmaxy(window))
        let columns = Int(getmaxx(window))
        guard rows > 0, columns > 0 else { return }
        for row in 0..<rows {
            wmove(window, Int32(row), 0)
            var used = 0
            var cut = false
            if row < frame.lines.count {
                for span in frame.lines[row].spans where !cut && used < columns {
                    var cells = CellText()
                    // Once a span is cut, later spans would land left of where the frame put them: stop the row.
                    cut = !cells.append(span.text, limit: columns - used)
                    if cells.characters.isEmpty { continue }
                    let rendition = palette.rendition(for: span.style)
                    wattr_set(window, rendition.attributes, rendition.pair, nil)
                    // At the bottom-right cell curses stores the character and then reports that the cursor
                    // cannot advance (scrolling is off); that ERR is expected and harmless.
                    _ = cells.characters.withUnsafeBufferPointer { buffer in
                        waddnwstr(window, buffer.baseAddress, Int32(buffer.count))
                    }
                    used += cells.width
                }
            }
            wattr_set(window, cn_A_NORMAL(), 0, nil)
            if used < columns {
                wmove(window, Int32(row), Int32(used))
                wclrtoeol(window)
            }
        }
    }
}
