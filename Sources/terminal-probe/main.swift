// A test tool, not the product: shows a frame with a text field, echoes decoded input, quits on q / Ctrl-C.
// tmux-driven tests and bench/bytes-per-key.py run it. Options: --no-color, --no-echo (hide the last-input line),
// --field-style plain|underline|reverse, --esc-delay MS, --wake-after MS (another task wakes the loop once),
// --tick MS (the loop's timeout counts ticks).
import TerminalUI
import WizardCore
import Platform

var options = TerminalOptions()
var screen = ProbeScreen()
var wakeAfterMilliseconds: Int?
var tickMilliseconds: Int?
var ticks = 0
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--no-color": options.noColor = true
    case "--no-echo": screen.showsLastInput = false
    case "--field-style":
        guard let value = arguments.popFirst(), let style = ProbeScreen.FieldStyle(rawValue: value) else {
            complain("terminal-probe: --field-style takes plain, underline or reverse")
            exit(64)
        }
        screen.fieldStyle = style
    case "--esc-delay":
        guard let value = arguments.popFirst(), let milliseconds = Int(value) else {
            complain("terminal-probe: --esc-delay takes milliseconds")
            exit(64)
        }
        options.escDelayMilliseconds = milliseconds
    case "--wake-after", "--tick":
        guard let value = arguments.popFirst(), let milliseconds = Int(value), milliseconds > 0 else {
            complain("terminal-probe: \(argument) takes milliseconds")
            exit(64)
        }
        if argument == "--tick" { tickMilliseconds = milliseconds } else { wakeAfterMilliseconds = milliseconds }
    default:
        complain("terminal-probe: unknown argument \(argument)")
        exit(64)
    }
}

let terminal: CursesTerminal
do {
    terminal = try CursesTerminal.start(options)
} catch {
    complain("terminal-probe: \(error.description)")
    exit(2)
}
screen.capabilities = terminal.capabilities
screen.escDelayMilliseconds = terminal.escDelayMilliseconds
screen.processID = getpid()
let loop = EventLoop(terminal: terminal)
var farewell = "quit"
var status: Int32 = 0

if let wakeAfterMilliseconds {
    let handle = loop.wakeHandle()
    Task.detached {
        try? await Task.sleep(for: .milliseconds(wakeAfterMilliseconds))
        handle.wake()
    }
}

terminal.paint(screen.render(terminal.size))
loop.run(terminal: terminal, timeout: { tickMilliseconds.map { Double($0) / 1000 } }) { input in
    switch input {
    case .key(.character("q")):
        return .stop
    case .key(.control("c")):
        farewell = "interrupted"
        status = 130
        return .stop
    case .key(let key):
        screen.lastInput = "\(key)"
        screen.type(key)
    case .resize(let size):
        screen.lastInput = "resize \(size)"
    case .end(.signal(let signal)):
        farewell = "signal \(signal)"
        status = 1
        return .stop
    case .end(.inputGone):
        farewell = "hangup"
        status = 1
        return .stop
    case .wake:
        screen.lastInput = "wake"
    case .timeout:
        ticks += 1
        screen.lastInput = "tick \(ticks)"
    }
    return .paint(screen.render(terminal.size))
}
loop.close()
terminal.stop()
print("terminal-probe: \(farewell); field was [\(screen.text)]")
exit(status)

/// One line on standard error (written to the descriptor: C's `stderr` is a shared global Swift 6 will not touch).
func complain(_ message: String) {
    let line = Array((message + "\n").utf8)
    _ = line.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
}
