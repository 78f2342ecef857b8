import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `sipline sandbox`: starts the portal, hands its webhook URL to `printURL` (the command prints it as the first
/// line on stdout), serves until SIGINT or SIGTERM, then stops and returns normally.
public func runSandboxUntilSignal(_ configuration: SandboxConfiguration, printURL: (String) -> Void) async throws {
    let signals = TerminationSignals()
    let server = try await SandboxServer.start(configuration)
    printURL(server.webhookURL)
    await signals.wait()
    await server.stop()
}

/// Turns SIGINT/SIGTERM into an awaitable event (the default action would kill the process mid-write).
private final class TerminationSignals: @unchecked Sendable {
    // Touched only on `queue`.
    private var sources: [any DispatchSourceSignal] = []
    private var fired = false
    private var waiter: CheckedContinuation<Void, Never>?
    private let queue = DispatchQueue(label: "sipline.sandbox.signals")

    init() {
        queue.sync {
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
                source.setEventHandler { [unowned self] in self.fire() }
                source.resume()
                sources.append(source)
            }
        }
    }

    func wait() async {
        await withCheckedContinuation { continuation in
            queue.async {
                if self.fired { continuation.resume() } else { self.waiter = continuation }
            }
        }
        queue.sync {
            for source in sources { source.cancel() }
            sources.removeAll()
            signal(SIGINT, SIG_DFL)
            signal(SIGTERM, SIG_DFL)
        }
    }

    private func fire() {
        fired = true
        waiter?.resume()
        waiter = nil
    }
}
