import Platform
import BitrixJSON
import HummingbirdCore
import Logging
import NIOCore
import NIOPosix

/// A running sandbox portal on loopback. Start it, point a client at `webhookURL`, stop it when done.
public final class SandboxServer: Sendable {
    public let port: Int
    /// `http://127.0.0.1:<port>/rest/<user>/<code>/`
    public let webhookURL: String
    /// `http://127.0.0.1:<port>/`: OAuth calls go to `<baseURL>rest/<method>`, refreshes to `<baseURL>oauth/token/`.
    public let baseURL: String
    private let portal: Portal
    private let task: Task<Void, any Error>

    private init(port: Int, host: String, portal: Portal, task: Task<Void, any Error>) async {
        self.port = port
        self.portal = portal
        self.task = task
        let hostPart = host.contains(":") ? "[\(host)]" : host
        self.baseURL = "http://\(hostPart):\(port)/"
        self.webhookURL = "\(baseURL)rest/\(portal.configuration.webhookUserID)/\(portal.webhookCode)/"
        await portal.listening(at: baseURL)
    }

    /// Loads the state file (a corrupt one throws `SandboxError.stateFileCorrupt`), binds, and returns once listening.
    public static func start(_ configuration: SandboxConfiguration) async throws -> SandboxServer {
        let portal = try Portal(configuration)
        let (ports, portSink) = AsyncStream<Int>.makeStream()
        let responder = PortalResponder(
            portal: portal, faultControlOverHTTP: configuration.faultControlOverHTTP, logger: configuration.logger)
        // HummingbirdCore's HTTP/1 server with the responder as it is: no router, no middleware, no Foundation.
        let server = Server(
            childChannelSetup: HTTP1Channel(responder: responder.serve),
            configuration: ServerConfiguration(address: .hostname(configuration.host, port: configuration.port)),
            onServerRunning: { channel in
                portSink.yield(channel.localAddress?.port ?? 0)
                portSink.finish()
            },
            eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
            logger: configuration.logger
        )
        let task = Task {
            defer { portSink.finish() }
            try await server.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            // The server ended before it listened: its error (e.g. the port is taken) is the answer.
            try await task.value
            throw SandboxError.invalidConfiguration("the server stopped before it listened")
        }
        return await SandboxServer(port: port, host: configuration.host, portal: portal, task: task)
    }

    public func inject(_ fault: SandboxFault) async {
        await portal.inject(fault)
    }

    /// Takes effect from the next call: what a webhook lacking the scope or the right meets.
    public func setWebhookPermissions(_ permissions: WebhookPermissions) async {
        await portal.setWebhookPermissions(permissions)
    }

    /// The stored lines as `voximplant.sip.get` returns them.
    public func lines() async -> [JSONValue] {
        await portal.lines()
    }

    /// The default outgoing line as `voximplant.line.outgoing.get` would answer it.
    public func defaultOutgoingLine() async -> String {
        await portal.defaultOutgoingLine()
    }

    public func requests() async -> [SandboxRequestRecord] {
        await portal.requests()
    }

    /// The OAuth pair now valid (nil without OAuth): after a refresh, the new one.
    public func currentTokens() async -> (accessToken: String, refreshToken: String)? {
        await portal.currentTokens().map { (accessToken: $0.access, refreshToken: $0.refresh) }
    }

    /// Stops listening and closes open connections; returns when the server has ended. Safe to call twice.
    public func stop() async {
        task.cancel()
        _ = await task.result
    }
}
