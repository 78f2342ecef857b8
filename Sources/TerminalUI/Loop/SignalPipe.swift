import Platform

/// The write end of the event loop's pipe as seen by signal handlers, which may only do async-signal-safe work:
/// one `write` of one byte. Set before the handlers are installed and cleared after they are removed.
nonisolated(unsafe) private var signalPipeDescriptor: Int32 = -1

/// Bytes on the pipe, one per event.
enum PipeMessage: UInt8 {
    case wake = 0x77          // "w"
    case resize = 0x52        // "R"
    case interrupt = 0x49     // "I"
    case terminate = 0x54     // "T"
    case hangup = 0x48        // "H"
    case suspend = 0x5A       // "Z"

    init?(signal: Int32) {
        switch signal {
        case SIGWINCH: self = .resize
        case SIGINT: self = .interrupt
        case SIGTERM: self = .terminate
        case SIGHUP: self = .hangup
        case SIGTSTP: self = .suspend
        default: return nil
        }
    }
}

private func forwardSignal(_ number: Int32) {
    guard let message = PipeMessage(signal: number) else { return }
    let savedErrno = errno
    var byte = message.rawValue
    _ = write(signalPipeDescriptor, &byte, 1)
    errno = savedErrno
}

/// Routes SIGWINCH, SIGINT, SIGTERM, SIGHUP and SIGTSTP into the pipe while installed; puts the previous handlers
/// (ncurses' own, or the defaults) back on `uninstall`.
struct SignalForwarding {
    static let signals: [Int32] = [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP]
    private var previous: [Int32: sighandler_t?] = [:]

    init(pipeDescriptor: Int32, signals: [Int32] = Self.signals) {
        signalPipeDescriptor = pipeDescriptor
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        for number in signals {
            previous[number] = signal(number, forwardSignal)
            sigaddset(&unblocked, number)
        }
        // A parent may have started us with these blocked (a spawning thread's mask is inherited); then a resize or
        // SIGTERM would never arrive. The handlers only write to the pipe, so any thread may take them.
        pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
    }

    mutating func uninstall() {
        for (number, handler) in previous {
            signal(number, handler)
        }
        previous = [:]
        signalPipeDescriptor = -1
    }
}

/// The self-pipe a waiting loop polls beside standard input: signals (while forwarded) and wake-ups from other
/// threads arrive on it as `PipeMessage` bytes. Both ends non-blocking (a handler or a waker never blocks on a full
/// pipe) and closed on exec.
final class SelfPipe {
    let readDescriptor: Int32
    let writer: PipeWriter
    private var signals: SignalForwarding
    private var closed = false

    init(forwarding forwarded: [Int32] = SignalForwarding.signals) {
        var descriptors: [Int32] = [-1, -1]
        let created = pipe(&descriptors) == 0
        precondition(created, "the self-pipe could not be created")
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        readDescriptor = descriptors[0]
        writer = PipeWriter(descriptor: descriptors[1])
        signals = SignalForwarding(pipeDescriptor: descriptors[1], signals: forwarded)
    }

    deinit { close() }

    /// Every message waiting on the pipe, in order (does not wait).
    func drain() -> [PipeMessage] {
        var buffer = [UInt8](repeating: 0, count: 64)
        var messages: [PipeMessage] = []
        while true {
            let count = read(readDescriptor, &buffer, buffer.count)
            guard count > 0 else { return messages }
            messages += buffer[0..<count].compactMap(PipeMessage.init(rawValue:))
        }
    }

    /// Restores the signal handlers that were there before and closes both ends. Idempotent.
    func close() {
        guard !closed else { return }
        closed = true
        signals.uninstall()
        writer.close()
        _ = Glibc.close(readDescriptor)
    }
}
