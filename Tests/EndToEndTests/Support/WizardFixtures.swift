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
}
