import Synchronization
import TerminalUI
import WizardCore

/// Answers of effects, posted from any task and read on the UI thread; posting wakes the event loop.
final class Mailbox: Sendable {
    private let events = Mutex<[WizardEvent]>([])
    private let waker: WakeHandle

    init(waker: WakeHandle) { self.waker = waker }

    func post(_ event: WizardEvent) {
        events.withLock { $0.append(event) }
        waker.wake()
    }

    func drain() -> [WizardEvent] {
        events.withLock { pending in
            defer { pending.removeAll() }
            return pending
        }
    }
}
