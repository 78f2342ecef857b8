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

    /// The drafts kept under an XDG state directory (one file per wizard run), in name order.
    static func keptDrafts(stateHome: String) -> [String] {
        let folder = stateHome + "/sipline/drafts"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".json") }.sorted().map { folder + "/" + $0 }
    }
}
