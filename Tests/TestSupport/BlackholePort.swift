import Foundation

/// A loopback port where a connection is never established: a listening socket whose accept queue is full (its
/// backlog of 0 filled by one connection nobody accepts), so the kernel drops every further SYN and a client waits
/// out its connect timeout. What a firewall that drops packets, or a host that went away, looks like.
public final class BlackholePort: @unchecked Sendable {
    public let port: Int
    private var descriptors: [Int32] = []

    public init() {
        let (listener, port) = LoopbackSocket.bound(SOCK_STREAM)
        descriptors.append(listener)
        _ = listen(listener, 0)
        self.port = port
        var address = LoopbackSocket.address(port: port)
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let filler = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        _ = fcntl(filler, F_SETFL, fcntl(filler, F_GETFL) | O_NONBLOCK)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(filler, $0, length) }
        }
        descriptors.append(filler)
        // The queue is full once the filler's handshake completed (microseconds on loopback): poll for it.
        var connected = pollfd(fd: filler, events: Int16(POLLOUT), revents: 0)
        let deadline = Date().addingTimeInterval(5)
        while connected.revents & Int16(POLLOUT) == 0, Date() < deadline { _ = poll(&connected, 1, 10) }
    }

    public var webhookURL: String { "http://127.0.0.1:\(port)/rest/1/zz9secretcode77/" }

    deinit { descriptors.forEach { close($0) } }
}
