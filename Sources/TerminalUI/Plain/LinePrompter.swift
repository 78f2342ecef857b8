import TextSafety
import Platform

/// The plain line-prompt front end's side of the terminal: whole lines in from standard input (a secret without
/// echo when it is a terminal), plain text out (never an escape sequence), and SIGINT, SIGTERM, SIGHUP and wake-ups
/// from other threads turned into inputs, all on one thread that waits in `poll`. Works the same on a terminal, a
/// pipe and a file, so a person, a screen reader or an `expect` script can drive the wizard.
public final class LinePrompter {
    public enum Input: Sendable, Equatable {
        case line(String)
        /// Standard input ended (Ctrl-D at a prompt, the end of a pipe).
        case endOfInput
        /// Ctrl-C (SIGINT).
        case interrupt
        /// SIGTERM or SIGHUP: the process is asked to end.
        case end
        /// `WakeHandle.wake()` was called: look at your mailbox.
        case wake
    }

    private let pipe = SelfPipe(forwarding: [SIGINT, SIGTERM, SIGHUP])
    private var buffer: [UInt8] = []
    private var inputEnded = false
    /// A question was written and its answer not read yet: output written meanwhile starts on a new line.
    private var questionPending = false
    private let inputIsTerminal = isatty(STDIN_FILENO) == 1
    private var closed = false

    public init() {}

    deinit { close() }

    public func wakeHandle() -> WakeHandle { WakeHandle(writer: pipe.writer) }

    /// Writes lines of text, each made safe to show.
    public func write(_ lines: [String]) {
        guard !lines.isEmpty else { return }
        let text = lines.map { VisibleText.escape($0) }.joined(separator: "\n") + "\n"
        emit((questionPending ? "\n" : "") + text)
        questionPending = false
    }

    /// Writes the question (after its preamble, the choices of a menu) and waits for its answer (or a signal, or a
    /// wake-up, which leave the question pending).
    public func ask(_ question: String, preamble: [String] = [], hidden: Bool) -> Input {
        if !questionPending {
            write(preamble)
            emit(VisibleText.escape(question))
            questionPending = true
        }
        let saved = hidden ? EchoOff(descriptor: STDIN_FILENO) : nil
        defer { saved?.restore() }
        let input = next(readingLines: true)
        if case .line(let answer) = input {
            questionPending = false
            // No terminal echoed the answer: a transcript (a pipe, `expect`) shows it after the question; a secret
            // only ends the question's line.
            if hidden {
                emit("\n")
            } else if !inputIsTerminal {
                emit(VisibleText.escape(answer) + "\n")
            }
        }
        return input
    }

    /// Ends the line of a question left unanswered (the input ended), so what is printed next starts a line.
    public func endPendingQuestion() {
        if questionPending { emit("\n") }
        questionPending = false
    }

    /// Waits for a signal or a wake-up without reading standard input (type-ahead stays for the next question).
    public func wait() -> Input { next(readingLines: false) }

    /// Restores the signal handlers and closes the pipe. Idempotent.
    public func close() {
        guard !closed else { return }
        closed = true
        pipe.close()
    }

    private func next(readingLines: Bool) -> Input {
        while true {
            if readingLines, let line = takeLine() { return .line(line) }
            if readingLines, inputEnded { return .endOfInput }
            var descriptors = [pollfd(fd: pipe.readDescriptor, events: Int16(POLLIN), revents: 0),
                               pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&descriptors, readingLines ? 2 : 1, -1)
            if ready < 0 {
                if errno == EINTR { continue }
                return .end
            }
            if descriptors[0].revents != 0, let signal = readPipe() { return signal }
            if readingLines, descriptors[1].revents != 0 { readInput() }
        }
    }

    private func readPipe() -> Input? {
        var found: Input?
        for message in pipe.drain() {
            switch message {
            case .interrupt: found = .interrupt
            case .terminate, .hangup: found = .end
            case .wake: if found == nil { found = .wake }
            case .resize, .suspend: break
            }
        }
        return found
    }

    private func readInput() {
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = read(STDIN_FILENO, &bytes, bytes.count)
        if count > 0 {
            buffer += bytes[0..<count]
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            // End of file, or a terminal that went away (EIO): no more answers will come.
            inputEnded = true
        }
    }

    /// The next whole line (without its LF or CRLF); at the end of input, what is left without a newline.
    private func takeLine() -> String? {
        if let newline = buffer.firstIndex(of: 0x0A) {
            var line = Array(buffer[..<newline])
            buffer.removeSubrange(...newline)
            if line.last == 0x0D { line.removeLast() }
            return String(decoding: line, as: UTF8.self)
        }
        guard inputEnded, !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        return String(decoding: buffer, as: UTF8.self)
    }

    private func emit(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// Echo turned off on a terminal for a secret answer (the line editing of the terminal stays), and back on.
private struct EchoOff {
    private let state: TTYState

    init?(descriptor: Int32) {
        guard let state = TTYState(descriptor: descriptor) else { return nil }
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return nil }
        settings.c_lflag &= ~tcflag_t(ECHO)
        guard tcsetattr(descriptor, TCSANOW, &settings) == 0 else { return nil }
        self.state = state
    }

    func restore() { state.restore() }
}
