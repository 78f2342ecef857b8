import Foundation
import SandboxPortal

/// What every tmux scenario of the wizard starts from: a sandbox without the rate limit (a scenario makes bursts of
/// calls no person would), and an empty folder for HOME / XDG_* so nothing of the person's own state is touched.
enum WizardFixtures {
    static func sandbox(_ configure: (inout SandboxConfiguration) -> Void = { _ in }) async throws -> SandboxServer {
        var configuration = SandboxConfiguration()
        configuration.rateLimit = .unlimited
        configure(&configuration)
        return try await SandboxServer.start(configuration)
    }

    static func emptyDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "sipline-e2e-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A sandbox (as `sandbox` makes it) and an empty home folder for one run; `clean` stops and removes them.
    static func sandboxAndHome(
        _ configure: (inout SandboxConfiguration) -> Void = { _ in }
    ) async throws -> (SandboxServer, home: String) {
        let sandbox = try await sandbox(configure)
        do { return (sandbox, try emptyDirectory()) } catch {
            await sandbox.stop()
            throw error
        }
    }

    static func clean(_ sandbox: SandboxServer, home: String) {
        Task { await sandbox.stop() }
        try? FileManager.default.removeItem(atPath: home)
    }

    /// HOME and sipline's config and state folders under `home`, LANG and TERM, and the webhook (through the
    /// environment, never argv) when there is one.
    static func environment(home: String, webhook: String?, lang: String = "C.UTF-8",
                            term: String = "xterm-256color") -> [String: String] {
        var environment = ["HOME": home, "XDG_CONFIG_HOME": home + "/config", "XDG_STATE_HOME": home + "/state",
                           "LANG": lang, "TERM": term]
        environment["SIPLINE_WEBHOOK"] = webhook
        return environment
    }

    /// The drafts kept under an XDG state directory (one file per wizard run), in name order.
    static func keptDrafts(stateHome: String) -> [String] {
        let folder = stateHome + "/sipline/drafts"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }
}
