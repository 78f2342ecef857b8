import Foundation

/// A loopback port that refuses connections for as long as this value is held: a socket bound to it without
/// `listen`. Holding it keeps the port from being handed to another test's server running in parallel, which a
/// "bind, close, then connect" port cannot promise.
public final class RefusingPort: @unchecked Sendable {
    public let port: Int
    private let descriptor: Int32

    public init() {
        (descriptor, port) = LoopbackSocket.bound(SOCK_STREAM)
    }

    /// A webhook URL on this port, with the shape the client accepts.
    public var webhookURL: String { "http://127.0.0.1:\(port)/rest/1/zz9secretcode77/" }

    deinit { close(descriptor) }
}
