import Dispatch
import Platform

/// `sipline sandbox`: starts the portal, hands its webhook URL to `printURL` (the command prints it as the first
/// line on stdout), serves until SIGINT or SIGTERM, then stops and returns normally (the command exits 0).
/// The signal handlers are in place before `printURL` is called, so a signal sent after the URL appears is caught.
public func runSandboxUntilSignal(_ configuration: SandboxConfiguration, printURL: (String) -> Void) async throws {
    let signals = await TerminationSignals.install()
    let server: SandboxServer
    do {
        server = try await SandboxServer.start(configuration)
    } catch {
        signals.remove()
        throw error
    }
    printURL(server.webhookURL)
    await signals.wait()
    await server.stop()
    signals.remove()
}

/// SIGINT/SIGTERM as an awaitable event, through Dispatch signal sources (the approach of swift-service-lifecycle:
/// on Darwin the default action must be ignored for kqueue to deliver; on Linux Dispatch installs its own handler).
private final class TerminationSignals: @unchecked Sendable {
    // Mutable state is touched only on `queue`.
    private let queue = DispatchQueue(label: "sipline.sandbox.signals")
    private var sources: [any DispatchSourceSignal] = []
    private var fired = false
    private var waiter: CheckedContinuation<Void, Never>?

    static func install() async -> TerminationSignals {
        let signals = TerminationSignals()
        for number in [SIGINT, SIGTERM] {
            #if canImport(Darwin)
            signal(number, SIG_IGN)
            #endif
            let source = DispatchSource.makeSignalSource(signal: number, queue: signals.queue)
            source.setEventHandler { signals.fire() }
            // Registration is asynchronous: wait for it, or an early signal would be missed.
            await withCheckedContinuation { (registered: CheckedContinuation<Void, Never>) in
                source.setRegistrationHandler { registered.resume() }
                source.resume()
            }
            signals.queue.sync { signals.sources.append(source) }
        }
        return signals
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            queue.async {
                if self.fired { continuation.resume() } else { self.waiter = continuation }
            }
        }
    }

    func remove() {
        queue.sync {
            for source in sources { source.cancel() }
            sources.removeAll()
        }
        #if canImport(Darwin)
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
        #endif
    }

    private func fire() {
        fired = true
        waiter?.resume()
        waiter = nil
    }
}
