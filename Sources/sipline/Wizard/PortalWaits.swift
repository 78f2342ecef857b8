import Bitrix24REST
import Synchronization
import WizardCore

/// Carries the waits a portal asks for from its HTTP client (on any thread) to the wizard's mailbox. The client is
/// made before the wizard runs and the mailbox only once it does, so the connection is given this relay's `tell`
/// and the running wizard attaches to it; a wait told while nothing is attached is not shown to anyone.
final class PortalWaits: Sendable {
    private let mailbox = Mutex<Mailbox?>(nil)

    func attach(_ mailbox: Mailbox) {
        self.mailbox.withLock { $0 = mailbox }
    }

    @Sendable func tell(_ wait: ClientWait) {
        let attached = mailbox.withLock { $0 }
        attached?.post(.portalAskedToWait(wait.note))
    }
}
