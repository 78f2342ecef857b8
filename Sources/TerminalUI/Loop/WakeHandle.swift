import Platform

/// Wakes the UI thread from any thread or task: one byte into the event loop's pipe. After the loop is closed,
/// `wake()` does nothing (the descriptor is never written once closed, so a reused number is never hit).
public struct WakeHandle: Sendable {
    let writer: PipeWriter

    public func wake() { writer.send(.wake) }
}

/// The pipe's write end, shared by wake handles; closing and writing are serialised by a lock.
final class PipeWriter: @unchecked Sendable {
    private var descriptor: Int32
    private let lock: UnsafeMutablePointer<pthread_mutex_t>

    init(descriptor: Int32) {
        self.descriptor = descriptor
        lock = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    func send(_ message: PipeMessage) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard descriptor >= 0 else { return }
        var byte = message.rawValue
        _ = write(descriptor, &byte, 1)   // non-blocking: a full pipe already holds a pending wake
    }

    func close() {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        guard descriptor >= 0 else { return }
        _ = Glibc.close(descriptor)
        descriptor = -1
    }
}
