import SandboxPortal

/// A sandbox portal for one test, without a rate limit unless `configure` sets one; stopped however the body ends.
public func withSandbox(_ configure: (inout SandboxConfiguration) -> Void = { _ in },
                        _ body: (SandboxServer) async throws -> Void) async throws {
    var configuration = SandboxConfiguration()
    configuration.rateLimit = .unlimited
    configure(&configuration)
    let server = try await SandboxServer.start(configuration)
    do { try await body(server) } catch {
        await server.stop()
        throw error
    }
    await server.stop()
}
