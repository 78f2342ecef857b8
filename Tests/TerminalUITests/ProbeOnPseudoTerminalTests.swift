import TestSupport
import Foundation
import Testing

/// The probe on a pseudo-terminal this test holds the master side of, without tmux.
@Suite("terminal-probe on a pseudo-terminal")
struct ProbeOnPseudoTerminalTests {
    @Test("when the terminal goes away (end of input, no SIGHUP) the probe exits instead of spinning")
    func endOfInput() throws {
        // Not the probe's controlling terminal: closing the master sends no SIGHUP, and only end of input / POLLHUP
        // can tell the probe.
        let terminal = try PseudoTerminal([TmuxSession.probePath],
                                          environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"], controlling: false)
        #expect(terminal.wait(for: "Name:", seconds: 10), "the probe did not draw: \(terminal.text)")
        terminal.hangUp()
        let ending = terminal.waitForExit(seconds: 10)
        #expect(ending != nil, "the probe kept running after its terminal went away")
        #expect(ending?.status == 1)
    }
}
