@preconcurrency import CNcurses
import Platform

/// Terminal modes the front end sets beyond what curses does, and the bytes that undo everything after a crash.
enum TerminalModes {
    /// xterm's bracketed paste: a paste arrives between `ESC [ 200 ~` and `ESC [ 201 ~`, so it can be taken as one
    /// piece of text (a newline in it is not Enter). Terminals without it ignore the request.
    static let bracketedPasteOn = "\u{1B}[?2004h"
    static let bracketedPasteOff = "\u{1B}[?2004l"

    static func enterBracketedPaste() {
        fputs(bracketedPasteOn, cn_stdout())
        fflush(cn_stdout())
    }

    static func leaveBracketedPaste() {
        fputs(bracketedPasteOff, cn_stdout())
    }

    /// What a crash handler writes to give the screen back: bracketed paste off, the attributes reset, the cursor
    /// shown, the alternate screen left — from this terminal's terminfo entry (call after curses started), with
    /// nothing for a capability the terminal does not have.
    static func crashReset() -> [UInt8] {
        var bytes = Array(bracketedPasteOff.utf8)
        for name in ["sgr0", "cnorm", "rmcup"] {
            if let value = cn_string_capability(name) { bytes += withoutPadding(String(cString: value)) }
        }
        return bytes
    }

    /// terminfo's delays (`$<5>`, `$<2*/>`) are for tputs, not for the terminal.
    private static func withoutPadding(_ capability: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var rest = Substring(capability)
        while let start = rest.firstRange(of: "$<") {
            bytes += Array(rest[..<start.lowerBound].utf8)
            guard let end = rest[start.upperBound...].firstIndex(of: ">") else { return bytes }
            rest = rest[rest.index(after: end)...]
        }
        return bytes + Array(rest.utf8)
    }
}
