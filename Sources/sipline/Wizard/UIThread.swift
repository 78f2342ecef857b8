import Platform

/// Runs `body` on a thread of its own and returns its result to the awaiting task. The curses loop blocks in
/// `poll()`; on a thread of its own it never holds one of the few threads Swift's cooperative pool has (2 on this
/// kind of machine), which the effects' tasks need.
func runOnUIThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
    await withCheckedContinuation { continuation in
        let job = UIThreadJob { continuation.resume(returning: body()) }
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { raw in
            let job = Unmanaged<UIThreadJob>.fromOpaque(raw!).takeRetainedValue()
            job.run()
            return nil
        }, Unmanaged.passRetained(job).toOpaque())
        if started == 0 {
            pthread_detach(thread)
        } else {
            // No thread could be made: run here rather than not at all.
            Unmanaged.passUnretained(job).release()
            job.run()
        }
    }
}

private final class UIThreadJob: @unchecked Sendable {
    let run: () -> Void
    init(_ run: @escaping () -> Void) { self.run = run }
}
