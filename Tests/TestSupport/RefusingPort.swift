import Foundation

/// A loopback port that refuses connections for as long as this value is held: a socket bound to it without
/// `listen`. Holding it keeps the port from being handed to another test's server running in parallel, which a
/// "bind, close, then connect" port cannot promise.
public final class RefusingPort: @unchecked Sendable {
    public let port: Int
    private let descriptor: Int32

    public init() {
        (descriptor, port, _) = LoopbackSocket.bound()
    }

    /// A webhook URL on this port, with the shape the client accepts.
    public var webhookURL: String { "http://127.0.0.1:\(port)/rest/1/zz9secretcode77/" }

    deinit { close(descriptor) }
}

/// A TCP socket bound to a free port on 127.0.0.1.
enum LoopbackSocket {
    static func bound() -> (descriptor: Int32, port: Int, address: sockaddr_in) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)), address)
    }
}
