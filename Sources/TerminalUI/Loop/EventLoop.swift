import WizardCore
import Platform

/// The UI thread's single wait: `poll` on standard input and on a self-pipe that wake handles and signal handlers
/// write to. Keys, resizes, wake-ups, signals and hang-ups come out of `next` one at a time, on the calling thread.
///
/// Only one event loop may exist at a time (signal handlers are process-wide). Create it after
/// `CursesTerminal.start`, and `close()` it before `CursesTerminal.stop()`.
public final class EventLoop {
    private let terminal: CursesTerminal
    private let pipe = SelfPipe()
    private var pending: [TerminalInput] = []
    private var decoder = KeyBatchDecoder()
    private var emptyReads = 0
    private var closed = false

    public init(terminal: CursesTerminal) {
        self.terminal = terminal
    }

    deinit { close() }

    /// A handle that any thread or task may use to wake this loop.
    public func wakeHandle() -> WakeHandle { WakeHandle(writer: pipe.writer) }

    /// The next input; waits at most `timeout` seconds (`nil`: until something happens).
    public func next(timeout: Double?) -> TerminalInput {
        if !pending.isEmpty { return pending.removeFirst() }
        guard !closed else { return .hangup }
        let deadline = timeout.map { Self.now() + max(0, $0) }
        while true {
            var waitMilliseconds: Int32 = -1
            if let deadline {
                waitMilliseconds = Int32(clamping: Int(((deadline - Self.now()) * 1000).rounded(.up)))
                waitMilliseconds = max(0, waitMilliseconds)
            }
            if decoder.isWaiting {
                // Part of a sequence or a paste is held back: if nothing more comes soon, it is all there is.
                waitMilliseconds = waitMilliseconds < 0 ? Self.idleFlush : min(waitMilliseconds, Self.idleFlush)
            }
            var descriptors = [
                pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                pollfd(fd: pipe.readDescriptor, events: Int16(POLLIN), revents: 0),
            ]
            let ready = poll(&descriptors, 2, waitMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }      // the handler wrote to the pipe; the next poll sees it
                return .hangup
            }
            if ready == 0 {
                guard decoder.isWaiting else { return .timeout }
                enqueue(decoder.flush())
                if !pending.isEmpty { return pending.removeFirst() }
                if let deadline, Self.now() >= deadline { return .timeout }
                continue
            }
            if descriptors[1].revents != 0 { readPipe() }
            let inputEvents = descriptors[0].revents
            let rawCount = drainKeys()
            if inputEvents != 0 {
                // Count what curses read, not what decoding kept: a swallowed Alt chord is input, not end of file.
                if rawCount > 0 {
                    emptyReads = 0
                } else if inputEvents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 {
                    pending.append(.hangup)
                } else {
                    // Readable yet nothing came out: end of file. Once could be a stray byte curses dropped.
                    emptyReads += 1
                    if emptyReads >= 2 { pending.append(.hangup) }
                }
            }
            if !pending.isEmpty { return pending.removeFirst() }
        }
    }

    /// Restores the signal handlers that were there before and closes the pipe. Idempotent.
    public func close() {
        guard !closed else { return }
        closed = true
        pipe.close()
    }

    private func readPipe() {
        var woken = false
        for message in pipe.drain() {
            switch message {
            case .wake: woken = true
            case .resize: enqueueResize(terminal.noteResize())
            case .interrupt: enqueueOnce(.signal(.interrupt))
            case .terminate: enqueueOnce(.signal(.terminate))
            case .hangup: enqueueOnce(.signal(.hangup))
            case .suspend: enqueueOnce(.signal(.suspend))
            }
        }
        if woken { enqueueOnce(.wake) }
    }

    /// Takes everything curses has (including a KEY_RESIZE that `resizeterm` queued) without waiting.
    @discardableResult
    private func drainKeys() -> Int {
        var batch: [RawKey] = []
        while let raw = terminal.readRawKey() { batch.append(raw) }
        if !batch.isEmpty { enqueue(decoder.decode(batch)) }
        return batch.count
    }

    private func enqueue(_ decoded: [DecodedInput]) {
        for input in decoded {
            switch input {
            case .key(let key): pending.append(.key(key))
            case .resize: enqueueResize(terminal.size)
            }
        }
    }

    /// How long a held-back sequence or paste waits for its rest (a terminal sends one in a single burst).
    private static let idleFlush: Int32 = 500

    private func enqueueResize(_ size: TerminalSize) {
        pending.removeAll { if case .resize = $0 { return true } else { return false } }
        pending.append(.resize(size))
    }

    private func enqueueOnce(_ input: TerminalInput) {
        if !pending.contains(input) { pending.append(input) }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1_000_000_000
    }
}
