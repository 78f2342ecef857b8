import Bitrix24REST
import Foundation
import Synchronization

/// A clock whose sleeps return at once and are recorded; `now` advances by what was slept: retries and backoffs cost
/// no wall time, and a test reads the delays the client asked for.
public final class RecordingClock: RetryClock {
    private let state: Mutex<(now: Date, sleeps: [Duration])>

    public init(now: Date = Date()) { state = Mutex((now, [])) }

    public var sleeps: [Duration] { state.withLock { $0.sleeps } }

    public func now() -> Date { state.withLock { $0.now } }

    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        state.withLock { value in
            value.sleeps.append(duration)
            value.now = value.now.addingTimeInterval(
                Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
        }
    }
}
