import Dispatch
import Platform

/// Ctrl-C in a command: the first one cancels the work in progress (an add then checks whether the line was
/// created), a second one exits at once with 130.
final class Interrupt: @unchecked Sendable {
    private var mutex = pthread_mutex_t()
    private var count = 0

    private init() { pthread_mutex_init(&mutex, nil) }
    deinit { pthread_mutex_destroy(&mutex) }

    var happened: Bool {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        return count > 0
    }

    private func record() -> Int {
        pthread_mutex_lock(&mutex)
        defer { pthread_mutex_unlock(&mutex) }
        count += 1
        return count
    }

    /// Runs `operation` in a task that the first SIGINT cancels; says whether SIGINT came.
    static func run<T: Sendable>(_ operation: @escaping @Sendable () async -> T) async -> (value: T, interrupted: Bool) {
        let interrupt = Interrupt()
        let task = Task { await operation() }
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            if interrupt.record() > 1 { exit(ExitStatus.cancelled.rawValue) }
            task.cancel()
        }
        source.resume()
        let value = await task.value
        source.cancel()
        signal(SIGINT, SIG_DFL)
        return (value, interrupt.happened)
    }
}
