import Synchronization

/// The portal in use, replaceable: a webhook that passed the portal screen's check takes the place of the one
/// before, whose answers still under way are then dropped (their generation is no longer current).
final class PortalSlot: Sendable {
    struct Held: Sendable {
        var portal: WizardPortal
        var generation: Int
    }

    private let held: Mutex<Held?>

    init(_ portal: WizardPortal?) {
        held = Mutex(portal.map { Held(portal: $0, generation: 0) })
    }

    var current: Held? { held.withLock { $0 } }

    func isCurrent(_ generation: Int) -> Bool { held.withLock { $0?.generation == generation } }

    /// Puts `portal` in use; returns the one it replaced (its client is the caller's to shut down).
    func replace(with portal: WizardPortal) -> WizardPortal? {
        held.withLock { held in
            let old = held?.portal
            held = Held(portal: portal, generation: (held?.generation ?? 0) + 1)
            return old
        }
    }
}
